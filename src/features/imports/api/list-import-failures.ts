import { ListImportFailuresCommand } from '@aws-sdk/client-cloudtrail';
import { cloudTrailFor } from '../../../lib/cloudtrail-client.ts';
import type { ImportFailure } from '../failures/failure-model.ts';
import type { ImportRef } from '../model.ts';

// ListImportFailures accepts MaxResults 1-1000.
const PAGE_SIZE = 1000;

/** Every failure of the import, all pages. */
export async function listImportFailures(ref: ImportRef, signal?: AbortSignal): Promise<ImportFailure[]> {
  const failures: ImportFailure[] = [];
  let token: string | undefined;
  do {
    const output = await cloudTrailFor(ref).send(
      new ListImportFailuresCommand({ ImportId: ref.id, MaxResults: PAGE_SIZE, NextToken: token }),
      { abortSignal: signal },
    );
    for (const item of output.Failures ?? []) {
      failures.push({
        location: item.Location ?? '',
        status: item.Status ?? '',
        errorType: item.ErrorType ?? '',
        message: item.ErrorMessage ?? '',
        lastUpdated: item.LastUpdatedTime?.getTime() ?? 0,
      });
    }
    // A repeated token would loop forever.
    token = output.NextToken && output.NextToken !== token ? output.NextToken : undefined;
  } while (token);
  return failures;
}
