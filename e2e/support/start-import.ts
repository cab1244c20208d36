import { StartImportCommand, type CloudTrailClient } from '@aws-sdk/client-cloudtrail';

/** Starts an import the way the CLI would, outside the page. A "fail" in the S3 path makes it end FAILED. */
export async function startImportElsewhere(client: CloudTrailClient, destination: string, { fail = false } = {}) {
  const output = await client.send(
    new StartImportCommand({
      Destinations: [destination],
      ImportSource: {
        S3: {
          S3LocationUri: `s3://acme-cloudtrail-logs-123456789012/${fail ? 'fail-' : ''}AWSLogs/`,
          S3BucketRegion: 'us-east-1',
          S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/CloudTrailLakeImportRole',
        },
      },
    }),
  );
  return output.ImportId ?? '';
}
