import { GetImportCommand, ListImportFailuresCommand, ListImportsCommand, paginateListImportFailures } from '@aws-sdk/client-cloudtrail';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, importWithStatus } from './fixtures.ts';
import { post, startEmulator, type Harness } from './harness.ts';

let h: Harness;
let failedIds: string[];
beforeAll(async () => {
  h = await startEmulator({ imports: 400 });
  const { Imports = [] } = await h.client.send(new ListImportsCommand({ ImportStatus: 'FAILED', MaxResults: 1000 }));
  failedIds = Imports.map((item) => item.ImportId ?? '');
});
afterAll(() => h.close());

// CloudTrail's layout: .../AWSLogs/[org/]account/CloudTrail/region/yyyy/mm/dd/account_CloudTrail_...json.gz
const OBJECT_KEY = /^s3:\/\/[a-z0-9.-]+\/.*\/CloudTrail(-Digest)?\/[a-z0-9-]+\/\d{4}\/\d{2}\/\d{2}\/\d{12}_.+\.json(\.gz)?$/;

async function failedEntries(id: string): Promise<number> {
  const { ImportStatistics } = await h.client.send(new GetImportCommand({ ImportId: id }));
  return ImportStatistics?.FailedEntries ?? 0;
}

describe('ListImportFailures', () => {
  it('lists one believable failure per failed entry of a FAILED import', async () => {
    for (const id of failedIds.slice(0, 20)) {
      const { Failures = [], NextToken } = await h.client.send(new ListImportFailuresCommand({ ImportId: id, MaxResults: 1000 }));
      expect(NextToken).toBeUndefined();
      expect(Failures).toHaveLength(await failedEntries(id));
      for (const item of Failures) {
        expect(item).toEqual({
          Location: expect.stringMatching(OBJECT_KEY),
          Status: 'FAILED',
          ErrorType: expect.stringMatching(/^(AccessDenied|NotGzipped|InvalidFormat|NoSuchKey)$/),
          ErrorMessage: expect.any(String),
          LastUpdatedTime: expect.any(Date),
        });
      }
    }
  });

  it('pages through hundreds of failures, each exactly once', async () => {
    const counts = await Promise.all(failedIds.map(async (id) => [id, await failedEntries(id)] as const));
    const [most, total] = counts.reduce((best, next) => (next[1] > best[1] ? next : best));
    expect(total).toBeGreaterThan(50);
    const locations: string[] = [];
    for await (const page of paginateListImportFailures({ client: h.client, pageSize: 7 }, { ImportId: most })) {
      expect(page.Failures?.length).toBeLessThanOrEqual(7);
      locations.push(...(page.Failures ?? []).map((item) => `${item.Location}`));
    }
    expect(locations).toHaveLength(total);
    const first = await h.client.send(new ListImportFailuresCommand({ ImportId: most }));
    expect(first.Failures).toHaveLength(50);
  });

  it('lists nothing for an import that never failed', async () => {
    const id = await importWithStatus(h.client, 'IN_PROGRESS');
    expect(await h.client.send(new ListImportFailuresCommand({ ImportId: id }))).toMatchObject({ Failures: [] });
  });

  it('answers an unknown but well-formed id with ImportNotFoundException', async () => {
    const call = h.client.send(new ListImportFailuresCommand({ ImportId: '00000000-0000-4000-8000-000000000000' }));
    expect(await failure(call)).toMatchObject({ name: 'ImportNotFoundException', $metadata: { httpStatusCode: 404 } });
  });

  it('rejects a token reused for another import', async () => {
    const [first = '', second = ''] = failedIds;
    const { NextToken } = await h.client.send(new ListImportFailuresCommand({ ImportId: first, MaxResults: 1 }));
    const call = h.client.send(new ListImportFailuresCommand({ ImportId: second, NextToken }));
    expect(await failure(call)).toMatchObject({ name: 'InvalidNextTokenException' });
  });

  it('rejects a bad MaxResults, ImportId or token', async () => {
    const ImportId = failedIds[0] ?? '';
    const cases = [
      [{ ImportId, MaxResults: 0 }, 'InvalidParameterException'],
      [{ ImportId, MaxResults: 1001 }, 'InvalidParameterException'],
      [{ ImportId, NextToken: 'forged-token' }, 'InvalidNextTokenException'],
      [{ ImportId: 'not-a-uuid' }, 'InvalidParameterException'],
    ] as const;
    for (const [input, name] of cases) {
      expect(await failure(h.client.send(new ListImportFailuresCommand(input)))).toMatchObject({ name });
    }
    expect((await post(h.url, 'ListImportFailures', {})).headers.get('x-amzn-errortype')).toBe('InvalidParameterException');
  });
});
