import { StopImportCommand } from '@aws-sdk/client-cloudtrail';
import { cloudTrailFor } from '../../../lib/cloudtrail-client.ts';
import { toImportDetail, type ImportDetail } from '../import-detail.ts';
import type { ImportRef } from '../model.ts';

/** StopImport answers with the import as it now is, statistics included. */
export async function stopImport(ref: ImportRef): Promise<ImportDetail> {
  const output = await cloudTrailFor(ref).send(new StopImportCommand({ ImportId: ref.id }));
  return toImportDetail(output, ref);
}
