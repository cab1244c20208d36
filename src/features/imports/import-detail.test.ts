import { describe, expect, it } from 'vitest';
import { canRetry, mergeDetail, prefixPercent, toImportDetail } from './import-detail.ts';

const output = {
  ImportId: 'id',
  ImportStatus: 'IN_PROGRESS',
  Destinations: ['arn'],
  CreatedTimestamp: new Date(1000),
  UpdatedTimestamp: new Date(2000),
  ImportSource: { S3: { S3LocationUri: 's3://b/', S3BucketRegion: 'us-east-1', S3BucketAccessRoleArn: 'arn:role' } },
  ImportStatistics: { PrefixesFound: 3, PrefixesCompleted: 2, FilesCompleted: 10, EventsCompleted: 100, FailedEntries: 1 },
};

const SOURCE = { account: '123456789012', region: 'us-east-1' };

describe('import detail', () => {
  it('reads GetImport into epoch times and counters', () => {
    expect(toImportDetail(output, SOURCE)).toEqual({
      ...SOURCE,
      id: 'id',
      status: 'IN_PROGRESS',
      destinations: ['arn'],
      created: 1000,
      updated: 2000,
      s3LocationUri: 's3://b/',
      bucketRegion: 'us-east-1',
      accessRoleArn: 'arn:role',
      startEventTime: null,
      endEventTime: null,
      statistics: { prefixesFound: 3, prefixesCompleted: 2, filesCompleted: 10, eventsCompleted: 100, failedEntries: 1 },
    });
  });

  it('rounds progress down, so only a finished import shows 100 %, and knows nothing before prefixes are found', () => {
    const stats = toImportDetail(output, SOURCE).statistics;
    expect(prefixPercent(stats)).toBe(66);
    expect(prefixPercent(stats && { ...stats, prefixesCompleted: 3 })).toBe(100);
    expect(prefixPercent(stats && { ...stats, prefixesFound: 0 })).toBeNull();
    expect(prefixPercent(null)).toBeNull();
  });

  it('keeps the known statistics when StartImport answers without them', () => {
    const before = toImportDetail(output, SOURCE);
    const started = toImportDetail({ ...output, ImportStatus: 'INITIALIZING', ImportStatistics: undefined }, SOURCE);
    expect(mergeDetail(before, started)).toEqual({ ...started, statistics: before.statistics });
    expect(mergeDetail(undefined, started).statistics).toBeNull();
  });

  it('offers a retry only for FAILED and STOPPED imports', () => {
    expect(['FAILED', 'STOPPED', 'COMPLETED', 'IN_PROGRESS'].map(canRetry)).toEqual([true, true, false, false]);
  });
});
