import { GetImportCommand } from '@aws-sdk/client-cloudtrail';
import { cloudTrail } from '../../../lib/cloudtrail-client.ts';
import { toImportRow, type ImportRow } from '../model.ts';

export async function getImport(importId: string): Promise<ImportRow> {
  const output = await cloudTrail.send(new GetImportCommand({ ImportId: importId }));
  return toImportRow(output);
}
