import { ListImportFailuresCommand, StartImportCommand, StopImportCommand, type StartImportCommandInput } from '@aws-sdk/client-cloudtrail';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataStoreArns, failure, getImport, importWithStatus, s3Source, startNewImport } from './fixtures.ts';
import { post, startEmulator, type Harness } from './harness.ts';

let h: Harness;
let destination: string;
beforeEach(async () => {
  h = await startEmulator();
  [destination = ''] = await dataStoreArns(h.client);
});
afterEach(() => h.close());

function start(input: StartImportCommandInput) {
  return h.client.send(new StartImportCommand(input));
}

describe('one import at a time per account', () => {
  it('rejects a new import while another is in progress', async () => {
    const active = await importWithStatus(h.client, 'IN_PROGRESS');
    const error = await failure(startNewImport(h.client));
    expect(error).toMatchObject({ name: 'AccountHasOngoingImportException', $metadata: { httpStatusCode: 400 } });
    expect(error).toHaveProperty('message', expect.stringContaining(active));
  });

  it('rejects a retry while another import is in progress', async () => {
    const stopped = await importWithStatus(h.client, 'STOPPED');
    expect(await failure(start({ ImportId: stopped }))).toMatchObject({ name: 'AccountHasOngoingImportException' });
  });

  it('accepts a new import once the running one is stopped, then blocks the next', async () => {
    await h.client.send(new StopImportCommand({ ImportId: await importWithStatus(h.client, 'IN_PROGRESS') }));
    const started = await startNewImport(h.client);
    expect(started.ImportStatus).toBe('INITIALIZING');
    expect(await failure(startNewImport(h.client))).toMatchObject({ name: 'AccountHasOngoingImportException' });
    h.advance(6 * 60);
    expect((await startNewImport(h.client)).ImportStatus).toBe('INITIALIZING');
  });
});

describe('StartImport retries', () => {
  it('rejects retrying an import that is in progress or completed with InvalidParameterException', async () => {
    const invalid = { name: 'InvalidParameterException', $metadata: { httpStatusCode: 400 } };
    expect(await failure(start({ ImportId: await importWithStatus(h.client, 'IN_PROGRESS') }))).toMatchObject(invalid);
    expect(await failure(start({ ImportId: await importWithStatus(h.client, 'COMPLETED') }))).toMatchObject(invalid);
  });

  it('rejects retrying an unknown import with ImportNotFoundException', async () => {
    const call = start({ ImportId: '00000000-0000-4000-8000-000000000000' });
    expect(await failure(call)).toMatchObject({ name: 'ImportNotFoundException', $metadata: { httpStatusCode: 404 } });
  });

  it('completes a failed import whose cause was fixed, re-reading only the failed files', async () => {
    h.advance(15 * 60);
    const id = await importWithStatus(h.client, 'FAILED');
    const before = await getImport(h.client, id);
    const failed = before.ImportStatistics?.FailedEntries ?? 0;
    const retried = await start({ ImportId: id });
    expect(retried).toMatchObject({ ImportStatus: 'INITIALIZING', ImportSource: before.ImportSource, Destinations: before.Destinations });
    h.advance(4 * 60 * 60);
    const after = await getImport(h.client, id);
    expect(after.ImportStatus).toBe('COMPLETED');
    expect(after.ImportStatistics).toMatchObject({
      FailedEntries: 0,
      FilesCompleted: (before.ImportStatistics?.FilesCompleted ?? 0) + failed,
      PrefixesFound: before.ImportStatistics?.PrefixesFound,
    });
    const { Failures = [] } = await h.client.send(new ListImportFailuresCommand({ ImportId: id, MaxResults: 1000 }));
    expect(Failures).toHaveLength(failed);
    expect(Failures.every((item) => item.Status === 'SUCCEEDED')).toBe(true);
  });
});

describe('StartImport validation', () => {
  const invalidParameter = { name: 'InvalidParameterException', $metadata: { httpStatusCode: 400 } };
  const invalidSource = { name: 'InvalidImportSourceException', $metadata: { httpStatusCode: 400 } };

  it('rejects a new import without Destinations or ImportSource', async () => {
    expect(await failure(start({ ImportSource: s3Source() }))).toMatchObject(invalidParameter);
    expect(await failure(start({ Destinations: [destination] }))).toMatchObject(invalidParameter);
    expect(await failure(start({}))).toMatchObject(invalidParameter);
  });

  it('rejects anything but exactly one destination', async () => {
    expect(await failure(start({ Destinations: [], ImportSource: s3Source() }))).toMatchObject(invalidParameter);
    expect(await failure(start({ Destinations: [destination, destination], ImportSource: s3Source() }))).toMatchObject(invalidParameter);
  });

  it('rejects a malformed destination ARN with EventDataStoreARNInvalidException', async () => {
    for (const arn of ['not an arn', 'arn:aws:s3:::my-bucket', 'ab']) {
      const error = await failure(start({ Destinations: [arn], ImportSource: s3Source() }));
      expect(error).toMatchObject({ name: 'EventDataStoreARNInvalidException' });
    }
  });

  it('rejects a destination the account does not have with EventDataStoreNotFoundException', async () => {
    const arn = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/00000000-0000-4000-8000-000000000000';
    const call = start({ Destinations: [arn], ImportSource: s3Source() });
    expect(await failure(call)).toMatchObject({ name: 'EventDataStoreNotFoundException', $metadata: { httpStatusCode: 404 } });
  });

  it('requires every S3 source member', async () => {
    for (const member of ['S3LocationUri', 'S3BucketRegion', 'S3BucketAccessRoleArn'] as const) {
      const S3 = { ...s3Source().S3, [member]: undefined };
      const error = await failure(start({ Destinations: [destination], ImportSource: { S3 } }));
      const path = `importSource.s3.${member.charAt(0).toLowerCase()}${member.slice(1)}`;
      expect(error).toMatchObject({ ...invalidParameter, message: expect.stringContaining(path) });
    }
    const response = await post(h.url, 'StartImport', { Destinations: [destination], ImportSource: {} });
    expect(response.headers.get('x-amzn-errortype')).toBe('InvalidParameterException');
  });

  it.each([
    ['an S3 URI without s3://', { S3LocationUri: 'https://my-bucket.s3.amazonaws.com/logs/' }],
    ['a bucket name that is not valid', { S3LocationUri: 's3://My_Bucket/logs/' }],
    ['a region that is not a region', { S3BucketRegion: 'moon-base-1a' }],
    ['a role that is not an IAM role ARN', { S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:user/alice' }],
  ])('rejects %s with InvalidImportSourceException', async (_, change) => {
    const S3 = { ...s3Source().S3, ...change };
    expect(await failure(start({ Destinations: [destination], ImportSource: { S3 } }))).toMatchObject(invalidSource);
  });

  it('takes StartEventTime and EndEventTime only as an ordered pair', async () => {
    const base = { Destinations: [destination], ImportSource: s3Source() };
    const early = new Date('2025-01-01T00:00:00Z');
    const late = new Date('2025-06-30T00:00:00Z');
    expect(await failure(start({ ...base, StartEventTime: early }))).toMatchObject(invalidParameter);
    expect(await failure(start({ ...base, EndEventTime: late }))).toMatchObject(invalidParameter);
    expect(await failure(start({ ...base, StartEventTime: late, EndEventTime: early }))).toMatchObject(invalidParameter);
    await h.client.send(new StopImportCommand({ ImportId: await importWithStatus(h.client, 'IN_PROGRESS') }));
    const started = await start({ ...base, StartEventTime: early, EndEventTime: late });
    expect(started).toMatchObject({ StartEventTime: early, EndEventTime: late });
  });

  it.each([
    ['35 characters', '00000000-0000-4000-8000-00000000000'],
    ['upper-case hex', '00000000-0000-4000-8000-00000000000A'],
  ])('rejects an ImportId of %s with InvalidParameterException', async (_, id) => {
    expect(await failure(start({ ImportId: id }))).toMatchObject(invalidParameter);
  });
});
