import {
  GetImportCommand,
  ListEventDataStoresCommand,
  ListImportsCommand,
  StartImportCommand,
  type CloudTrailClient,
  type ImportStatus,
} from '@aws-sdk/client-cloudtrail';

export const ROLE_ARN = 'arn:aws:iam::123456789012:role/CloudTrailLakeImportRole';

export async function dataStoreArns(client: CloudTrailClient): Promise<string[]> {
  const { EventDataStores = [] } = await client.send(new ListEventDataStoresCommand({}));
  return EventDataStores.map((store) => store.EventDataStoreArn ?? '');
}

export async function importWithStatus(client: CloudTrailClient, status: ImportStatus): Promise<string> {
  const { Imports = [] } = await client.send(new ListImportsCommand({ ImportStatus: status, MaxResults: 1 }));
  const id = Imports[0]?.ImportId;
  if (!id) throw new Error(`the seed has no ${status} import`);
  return id;
}

export function s3Source(uri = 's3://example-trail-bucket/AWSLogs/123456789012/') {
  return { S3: { S3LocationUri: uri, S3BucketRegion: 'us-east-1', S3BucketAccessRoleArn: ROLE_ARN } };
}

export async function startNewImport(client: CloudTrailClient, uri?: string, destination?: string) {
  const [first = ''] = destination === undefined ? await dataStoreArns(client) : [destination];
  return client.send(new StartImportCommand({ Destinations: [first], ImportSource: s3Source(uri) }));
}

export async function getImport(client: CloudTrailClient, id: string) {
  return client.send(new GetImportCommand({ ImportId: id }));
}

// rejects with the error the SDK maps from the response, for toMatchObject
export async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}
