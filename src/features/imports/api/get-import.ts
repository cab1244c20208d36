import { GetImportCommand } from '@aws-sdk/client-cloudtrail';
import { cloudTrailFor } from '../../../lib/cloudtrail-client.ts';
import { toImportDetail, type ImportDetail } from '../import-detail.ts';
import type { ImportRef } from '../model.ts';

export async function getImport(ref: ImportRef): Promise<ImportDetail> {
  const output = await cloudTrailFor(ref).send(new GetImportCommand({ ImportId: ref.id }));
  return toImportDetail(output, ref);
}
