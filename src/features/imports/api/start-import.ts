import { StartImportCommand, type StartImportCommandInput } from '@aws-sdk/client-cloudtrail';
import { cloudTrailFor } from '../../../lib/cloudtrail-client.ts';
import type { SourceRef } from '../../../lib/source.ts';
import { toImportDetail, type ImportDetail } from '../import-detail.ts';
import type { NewImportInput } from '../start/start-form-check.ts';

/** A new import, or a retry of a FAILED or STOPPED one: for a retry CloudTrail takes only the ImportId. */
export type StartImportRequest = { retryOf: string } | NewImportInput;

/** StartImport answers without ImportStatistics. */
export async function startImport(source: SourceRef, request: StartImportRequest): Promise<ImportDetail> {
  const output = await cloudTrailFor(source).send(new StartImportCommand(toInput(request)));
  return toImportDetail(output, source);
}

function toInput(request: StartImportRequest): StartImportCommandInput {
  if ('retryOf' in request) return { ImportId: request.retryOf };
  const range = request.eventTimeRange;
  return {
    Destinations: [request.destination],
    ImportSource: {
      S3: {
        S3LocationUri: request.s3LocationUri,
        S3BucketRegion: request.bucketRegion,
        S3BucketAccessRoleArn: request.accessRoleArn,
      },
    },
    StartEventTime: range ? new Date(range.start) : undefined,
    EndEventTime: range ? new Date(range.end) : undefined,
  };
}
