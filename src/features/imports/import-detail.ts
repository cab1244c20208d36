import type { ImportStatistics } from '@aws-sdk/client-cloudtrail';
import type { SourceRef } from '../../lib/source.ts';
import { toImportRow, type ImportLike, type ImportRow } from './model.ts';

export interface ImportCounters {
  prefixesFound: number;
  prefixesCompleted: number;
  filesCompleted: number;
  eventsCompleted: number;
  failedEntries: number;
}

/** Everything GetImport says about one import; times in epoch ms, absent values as null. */
export interface ImportDetail extends ImportRow {
  s3LocationUri: string;
  bucketRegion: string;
  accessRoleArn: string;
  startEventTime: number | null;
  endEventTime: number | null;
  /** Null when the answer carried none (StartImport's answer never does). */
  statistics: ImportCounters | null;
}

export interface ImportDetailLike extends ImportLike {
  ImportSource?: { S3?: { S3LocationUri?: string; S3BucketRegion?: string; S3BucketAccessRoleArn?: string } };
  StartEventTime?: Date;
  EndEventTime?: Date;
  ImportStatistics?: ImportStatistics;
}

export function toImportDetail(output: ImportDetailLike, source: SourceRef): ImportDetail {
  const s3 = output.ImportSource?.S3;
  const stats = output.ImportStatistics;
  return {
    ...toImportRow(output, source),
    s3LocationUri: s3?.S3LocationUri ?? '',
    bucketRegion: s3?.S3BucketRegion ?? '',
    accessRoleArn: s3?.S3BucketAccessRoleArn ?? '',
    startEventTime: output.StartEventTime?.getTime() ?? null,
    endEventTime: output.EndEventTime?.getTime() ?? null,
    statistics: stats
      ? {
          prefixesFound: stats.PrefixesFound ?? 0,
          prefixesCompleted: stats.PrefixesCompleted ?? 0,
          filesCompleted: stats.FilesCompleted ?? 0,
          eventsCompleted: stats.EventsCompleted ?? 0,
          failedEntries: stats.FailedEntries ?? 0,
        }
      : null,
  };
}

/** Just the row fields, so list state never carries the larger detail around. */
export function rowOf({ account, region, id, status, destinations, created, updated }: ImportRow): ImportRow {
  return { account, region, id, status, destinations, created, updated };
}

/**
 * Whole percent of prefixes completed, rounded down so 100 means done; null while no prefixes are
 * known yet (the service finds them while the import initializes).
 */
export function prefixPercent(counters: ImportCounters | null): number | null {
  if (!counters || counters.prefixesFound <= 0) return null;
  return Math.min(100, Math.floor((counters.prefixesCompleted * 100) / counters.prefixesFound));
}

/** An answer without statistics (StartImport) keeps the ones already known. */
export function mergeDetail(previous: ImportDetail | undefined, next: ImportDetail): ImportDetail {
  return next.statistics || !previous ? next : { ...next, statistics: previous.statistics };
}

/** Retry is offered for these; StartImport refuses COMPLETED and active imports. */
export function canRetry(status: string): boolean {
  return status === 'FAILED' || status === 'STOPPED';
}
