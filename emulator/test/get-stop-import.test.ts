import { GetImportCommand, ListImportsCommand, StopImportCommand } from '@aws-sdk/client-cloudtrail';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, importWithStatus } from './fixtures.ts';
import { post, startEmulator, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startEmulator();
});
afterAll(() => h.close());

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('GetImport', () => {
  it('describes an import with its source, event range and statistics', async () => {
    const { Imports = [] } = await h.client.send(new ListImportsCommand({ MaxResults: 1000 }));
    for (const item of Imports) {
      const detail = await h.client.send(new GetImportCommand({ ImportId: item.ImportId }));
      expect(detail).toMatchObject({ ImportId: item.ImportId, ImportStatus: item.ImportStatus, Destinations: item.Destinations });
      expect(detail.ImportSource?.S3).toEqual({
        S3LocationUri: expect.stringMatching(/^s3:\/\//),
        S3BucketRegion: expect.stringMatching(/^[a-z]{2}-[a-z]+-\d$/),
        S3BucketAccessRoleArn: expect.stringMatching(/^arn:aws:iam::123456789012:role\//),
      });
      expect(detail.StartEventTime === undefined).toBe(detail.EndEventTime === undefined);
      const stats = detail.ImportStatistics ?? {};
      expect(stats.PrefixesCompleted).toBeLessThanOrEqual(stats.PrefixesFound ?? 0);
      expect((stats.FailedEntries ?? 0) > 0).toBe(item.ImportStatus === 'FAILED');
      if (item.ImportStatus === 'COMPLETED') expect(stats.PrefixesCompleted).toBe(stats.PrefixesFound);
    }
  });

  it('answers an unknown but well-formed id with ImportNotFoundException (404)', async () => {
    const error = await failure(h.client.send(new GetImportCommand({ ImportId: UNKNOWN_ID })));
    expect(error).toMatchObject({ name: 'ImportNotFoundException', $metadata: { httpStatusCode: 404, requestId: expect.any(String) } });
  });

  it.each([
    ['is missing', {}],
    ['is 35 characters long', { ImportId: UNKNOWN_ID.slice(1) }],
    ['is 37 characters long', { ImportId: `${UNKNOWN_ID}0` }],
    ['has upper-case hex digits', { ImportId: UNKNOWN_ID.toUpperCase().replace('0000-4', '000A-4') }],
    ['has characters outside the pattern', { ImportId: UNKNOWN_ID.replace('0000-4000', '0000_4000') }],
  ])('rejects an ImportId that %s with InvalidParameterException', async (_, body) => {
    const response = await post(h.url, 'GetImport', body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ __type: 'InvalidParameterException', Message: expect.stringContaining('importId') });
  });
});

describe('StopImport', () => {
  it('stops the import in progress and reports it with statistics', async () => {
    const id = await importWithStatus(h.client, 'IN_PROGRESS');
    const stopped = await h.client.send(new StopImportCommand({ ImportId: id }));
    expect(stopped).toMatchObject({ ImportId: id, ImportStatus: 'STOPPED', ImportStatistics: expect.any(Object) });
    expect(stopped.ImportSource?.S3?.S3LocationUri).toMatch(/^s3:\/\//);
  });

  it('answers an unknown id with ImportNotFoundException and a bad one with InvalidParameterException', async () => {
    expect(await failure(h.client.send(new StopImportCommand({ ImportId: UNKNOWN_ID })))).toMatchObject({ name: 'ImportNotFoundException' });
    expect(await failure(h.client.send(new StopImportCommand({ ImportId: 'abc' })))).toMatchObject({ name: 'InvalidParameterException' });
    expect((await post(h.url, 'StopImport', {})).headers.get('x-amzn-errortype')).toBe('InvalidParameterException');
  });
});
