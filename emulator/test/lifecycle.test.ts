import {
  ListImportFailuresCommand,
  ListImportsCommand,
  StartImportCommand,
  StopImportCommand,
  type ImportStatistics,
  type ImportStatus,
} from '@aws-sdk/client-cloudtrail';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getImport, startNewImport } from './fixtures.ts';
import { startEmulator, type Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startEmulator({ imports: 0 });
});
afterEach(() => h.close());

const COUNTERS = ['PrefixesFound', 'PrefixesCompleted', 'FilesCompleted', 'EventsCompleted'] as const;

async function snapshot(id: string) {
  const output = await getImport(h.client, id);
  return { status: output.ImportStatus, updated: output.UpdatedTimestamp?.getTime() ?? 0, stats: output.ImportStatistics ?? {} };
}

function expectGrown(before: ImportStatistics, after: ImportStatistics) {
  for (const counter of COUNTERS) expect(after[counter] ?? 0).toBeGreaterThanOrEqual(before[counter] ?? 0);
  expect(after.PrefixesCompleted ?? 0).toBeLessThanOrEqual(after.PrefixesFound ?? 0);
}

describe('import lifecycle', () => {
  it('goes INITIALIZING -> IN_PROGRESS -> COMPLETED with statistics that only grow', async () => {
    const started = await startNewImport(h.client);
    expect(started.ImportStatus).toBe('INITIALIZING');
    expect(started).not.toHaveProperty('ImportStatistics');
    const id = started.ImportId ?? '';
    const initializing = await snapshot(id);
    expect(initializing.stats.PrefixesFound).toBe(0);
    h.advance(5);
    let previous = await snapshot(id);
    expect(previous.status).toBe('IN_PROGRESS');
    expect(previous.stats.PrefixesFound).toBeGreaterThan(0);
    expect(previous.updated).toBeGreaterThan(initializing.updated);
    const statuses = new Set<string | undefined>();
    for (let second = 0; second < 330; second += 15) {
      h.advance(15);
      const next = await snapshot(id);
      expectGrown(previous.stats, next.stats);
      expect(next.updated).toBeGreaterThanOrEqual(previous.updated);
      statuses.add(next.status);
      previous = next;
    }
    expect(statuses).toEqual(new Set(['IN_PROGRESS', 'COMPLETED']));
    expect(previous.stats.PrefixesCompleted).toBe(previous.stats.PrefixesFound);
    expect(previous.stats.FailedEntries).toBe(0);
    expect(previous.stats.EventsCompleted).toBeGreaterThan(previous.stats.FilesCompleted ?? 0);
  });

  it('updates statistics in steps, not on every request', async () => {
    const id = (await startNewImport(h.client)).ImportId ?? '';
    h.advance(5 + 21);
    const first = await snapshot(id);
    h.advance(10);
    const sameStep = await snapshot(id);
    h.advance(10);
    const nextStep = await snapshot(id);
    expect(sameStep).toEqual(first);
    expect(nextStep.stats.FilesCompleted).toBeGreaterThan(first.stats.FilesCompleted ?? 0);
    expect(nextStep.updated).toBeGreaterThan(first.updated);
  });

  it('ends FAILED with listed failures when the source URI carries a failure marker', async () => {
    const id = (await startNewImport(h.client, 's3://my-bucket/fail-access-denied/')).ImportId ?? '';
    h.advance(6 * 60);
    const ended = await snapshot(id);
    expect(ended.status).toBe('FAILED');
    const failed = ended.stats.FailedEntries ?? 0;
    expect(failed).toBeGreaterThan(0);
    const { Failures = [], NextToken } = await h.client.send(new ListImportFailuresCommand({ ImportId: id, MaxResults: 1000 }));
    expect(NextToken).toBeUndefined();
    expect(Failures).toHaveLength(failed);
    for (const item of Failures) {
      expect(item).toMatchObject({ Status: 'FAILED', ErrorType: 'AccessDenied', ErrorMessage: expect.stringContaining('s3:GetObject') });
      expect(item.Location).toMatch(/^s3:\/\/my-bucket\/fail-access-denied\/AWSLogs\/\d{12}\/CloudTrail\/.+\.json\.gz$/);
      expect(item.LastUpdatedTime?.getTime()).toBeLessThanOrEqual(ended.updated);
    }
  });

  it('lets the marker pick the error type', async () => {
    const id = (await startNewImport(h.client, 's3://my-bucket/logs/fail-not-gzip/')).ImportId ?? '';
    h.advance(6 * 60);
    const { Failures = [] } = await h.client.send(new ListImportFailuresCommand({ ImportId: id }));
    expect(Failures.length).toBeGreaterThan(0);
    expect(new Set(Failures.map((item) => item.ErrorType))).toEqual(new Set(['NotGzipped']));
  });

  it('stops an active import, freezing its statistics', async () => {
    const id = (await startNewImport(h.client)).ImportId ?? '';
    h.advance(90);
    const stopped = await h.client.send(new StopImportCommand({ ImportId: id }));
    expect(stopped.ImportStatus).toBe('STOPPED');
    expect(stopped.ImportStatistics?.FilesCompleted).toBeGreaterThan(0);
    h.advance(600);
    const later = await getImport(h.client, id);
    expect(later.ImportStatus).toBe('STOPPED');
    expect(later.ImportStatistics).toEqual(stopped.ImportStatistics);
    expect(later.UpdatedTimestamp).toEqual(stopped.UpdatedTimestamp);
  });

  it('returns an import that already ended unchanged from StopImport', async () => {
    const id = (await startNewImport(h.client)).ImportId ?? '';
    h.advance(10 * 60);
    const before = await getImport(h.client, id);
    const stopped = await h.client.send(new StopImportCommand({ ImportId: id }));
    expect(stopped.ImportStatus).toBe('COMPLETED');
    expect(stopped.UpdatedTimestamp).toEqual(before.UpdatedTimestamp);
  });

  it('resumes a stopped import where it stopped when retried', async () => {
    const id = (await startNewImport(h.client)).ImportId ?? '';
    h.advance(120);
    const stopped = await h.client.send(new StopImportCommand({ ImportId: id }));
    h.advance(60);
    const retried = await h.client.send(new StartImportCommand({ ImportId: id }));
    expect(retried.ImportStatus).toBe('INITIALIZING');
    expect(retried.CreatedTimestamp).toEqual(stopped.CreatedTimestamp);
    expect(retried).not.toHaveProperty('ImportStatistics');
    const during = await snapshot(id);
    expect(during.stats).toEqual(stopped.ImportStatistics);
    h.advance(60);
    expectGrown(stopped.ImportStatistics ?? {}, (await snapshot(id)).stats);
    // about 3 of the 5 minutes were left
    h.advance(185);
    expect((await snapshot(id)).status).toBe('COMPLETED');
  });

  it('fails the same entries again when a marked import is retried', async () => {
    const id = (await startNewImport(h.client, 's3://my-bucket/fail-no-such-key/')).ImportId ?? '';
    h.advance(6 * 60);
    const failed = await snapshot(id);
    await h.client.send(new StartImportCommand({ ImportId: id }));
    h.advance(6);
    const retrying = await h.client.send(new ListImportFailuresCommand({ ImportId: id }));
    expect(retrying.Failures?.[0]?.Status).toBe('RETRY');
    h.advance(6 * 60);
    const again = await snapshot(id);
    expect(again.status).toBe('FAILED');
    expect(again.stats).toEqual(failed.stats);
    expect(again.updated).toBeGreaterThan(failed.updated);
    const { Failures = [] } = await h.client.send(new ListImportFailuresCommand({ ImportId: id, MaxResults: 1000 }));
    expect(Failures).toHaveLength(failed.stats.FailedEntries ?? 0);
    expect(Failures.every((item) => item.Status === 'FAILED')).toBe(true);
  });

  it('lists an import under the status it has now as it moves through its life', async () => {
    const listed = async (status: ImportStatus) => {
      const { Imports = [] } = await h.client.send(new ListImportsCommand({ ImportStatus: status }));
      return Imports.map((item) => item.ImportId);
    };
    const id = (await startNewImport(h.client)).ImportId;
    expect(await listed('INITIALIZING')).toEqual([id]);
    h.advance(60);
    expect(await listed('INITIALIZING')).toEqual([]);
    expect(await listed('IN_PROGRESS')).toEqual([id]);
    await h.client.send(new StopImportCommand({ ImportId: id }));
    expect(await listed('IN_PROGRESS')).toEqual([]);
    expect(await listed('STOPPED')).toEqual([id]);
    await h.client.send(new StartImportCommand({ ImportId: id }));
    expect(await listed('STOPPED')).toEqual([]);
    expect(await listed('INITIALIZING')).toEqual([id]);
    h.advance(10 * 60);
    expect(await listed('COMPLETED')).toEqual([id]);
  });
});
