import { GetImportCommand } from '@aws-sdk/client-cloudtrail';
import { cloudTrail } from '../../../lib/cloudtrail-client.ts';
import { toImportDetail, type ImportDetail } from '../import-detail.ts';

export async function getImport(importId: string): Promise<ImportDetail> {
  const output = await cloudTrail.send(new GetImportCommand({ ImportId: importId }));
  return toImportDetail(output);
}
