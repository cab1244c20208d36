import { describe, expect, it } from 'vitest';
import { INITIALIZING_MS, firstRun, makeRun } from '../lifecycle.ts';
import type { ImportRecord, Run } from '../model.ts';
import { endingBefore, lastChangeMs } from '../seed-one-at-a-time.ts';

const CREATED = Date.UTC(2026, 5, 1);
const HOUR = 3_600_000;

function record(run: Run, inProgressMs = 2 * HOUR, failing = 0): ImportRecord {
  return {
    id: 'b6a3435c-6aa2-494c-9f9f-f071100f11a5',
    destination: 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/6a7c',
    source: { S3LocationUri: 's3://bucket/', S3BucketRegion: 'us-east-1', S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/r' },
    startEventMs: undefined,
    endEventMs: undefined,
    createdMs: CREATED,
    plan: { prefixes: 10, files: 1000, eventsPerFile: 50, failing, failure: undefined, retriesFail: false, inProgressMs },
    run,
  };
}

const completed = record(firstRun(CREATED));
const stopped = record({ ...firstRun(CREATED), stoppedMs: CREATED + INITIALIZING_MS + HOUR });
const firstEnd = CREATED + INITIALIZING_MS + 2 * HOUR;
const retried = record(makeRun('retry', firstEnd + 6 * HOUR, 0, true, firstEnd), 2 * HOUR, 40);

describe('seeded imports, one at a time', () => {
  it('leaves an import that ends before the next one is created as it is', () => {
    expect(endingBefore(completed, CREATED + 3 * HOUR)).toBe(completed);
  });

  it.each([
    ['completed', completed, HOUR],
    ['stopped', stopped, 20 * 60_000],
    ['retried', retried, HOUR],
  ])('shortens a %s import to end before the next one, keeping its creation time', (_, given, roomMs) => {
    expect(lastChangeMs(given)).toBeGreaterThan(CREATED + roomMs);
    const fitted = endingBefore(given, CREATED + roomMs);
    expect(fitted.createdMs).toBe(CREATED);
    expect(lastChangeMs(fitted)).toBeLessThan(CREATED + roomMs);
    expect(lastChangeMs(fitted)).toBeGreaterThan(CREATED + roomMs - 60_000);
  });

  it('moves an import with no room earlier, so it still runs a minute', () => {
    const fitted = endingBefore(retried, CREATED + 10_000);
    expect(lastChangeMs(fitted)).toBeLessThan(CREATED + 10_000);
    expect(lastChangeMs(fitted) - fitted.createdMs).toBeGreaterThanOrEqual(60_000);
    expect(fitted.run.startMs).toBeGreaterThan(fitted.run.previousMs);
  });
});
