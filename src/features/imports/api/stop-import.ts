import { StopImportCommand } from '@aws-sdk/client-cloudtrail';
import { cloudTrail } from '../../../lib/cloudtrail-client.ts';
import { toImportDetail, type ImportDetail } from '../import-detail.ts';

/** StopImport answers with the import as it now is, statistics included. */
export async function stopImport(importId: string): Promise<ImportDetail> {
  const output = await cloudTrail.send(new StopImportCommand({ ImportId: importId }));
  return toImportDetail(output);
}
