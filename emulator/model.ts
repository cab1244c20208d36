export const IMPORT_STATUSES = ['INITIALIZING', 'IN_PROGRESS', 'FAILED', 'STOPPED', 'COMPLETED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const FAILURE_KINDS = ['AccessDenied', 'NotGzipped', 'InvalidFormat', 'NoSuchKey'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface S3Source {
  readonly S3LocationUri: string;
  readonly S3BucketRegion: string;
  readonly S3BucketAccessRoleArn: string;
}

// What an import will do once it runs; fixed when it is created.
export interface Plan {
  readonly prefixes: number;
  readonly files: number;
  readonly eventsPerFile: number;
  // files that fail on the first pass over the source
  readonly failing: number;
  // one kind for every failure, or a mix when absent
  readonly failure: FailureKind | undefined;
  // the cause is still in the source, so a retry fails the same files again
  readonly retriesFail: boolean;
  readonly inProgressMs: number;
}

// One attempt: the first start, or a retry. Progress is derived from it and the clock.
// Every member is always present: one object shape keeps scans over 100,000 imports fast.
export interface Run {
  // the first pass reads every file; a retry of a FAILED import re-reads only the failed ones
  readonly pass: 'main' | 'retry';
  readonly startMs: number;
  // position in the pass (files) when this run began
  readonly from: number;
  // an earlier run already found the prefixes
  readonly found: boolean;
  // when the earlier run ended or stopped
  readonly previousMs: number;
  readonly stoppedMs: number | undefined;
}

export interface ImportRecord {
  readonly id: string;
  readonly destination: string;
  readonly source: S3Source;
  readonly startEventMs: number | undefined;
  readonly endEventMs: number | undefined;
  readonly createdMs: number;
  readonly plan: Plan;
  run: Run;
}

export interface EventDataStore {
  readonly arn: string;
  readonly name: string;
  readonly status: string;
  readonly multiRegion: boolean;
  readonly organization: boolean;
  readonly retentionDays: number;
  readonly billingMode: 'EXTENDABLE_RETENTION_PRICING' | 'FIXED_RETENTION_PRICING';
  readonly category: 'Management' | 'Data';
  readonly kmsKeyId?: string;
  readonly createdMs: number;
  readonly updatedMs: number;
}

export function isActive(status: ImportStatus): boolean {
  return status === 'INITIALIZING' || status === 'IN_PROGRESS';
}
