import type { Progress } from './lifecycle.ts';
import { FAILURE_KINDS, type FailureKind, type ImportRecord } from './model.ts';
import { hash, mulberry32, pick, randomString, type Random } from './random.ts';

export type FailureStatus = 'FAILED' | 'RETRY' | 'SUCCEEDED';

export interface Failure {
  readonly location: string;
  readonly status: FailureStatus;
  readonly errorType: FailureKind;
  readonly message: string;
  readonly lastUpdatedMs: number;
}

const DAY_MS = 86_400_000;
const ACCOUNTS = ['123456789012', '210987654321', '345678901234'];
const REGIONS = ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1'];
const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function failureCount({ plan, run }: ImportRecord, { position }: Progress): number {
  return run.pass === 'main' ? Math.floor((position * plan.failing) / plan.files) : plan.failing;
}

// Failures are derived from the import id and their index, so none are stored.
export function failureAt(record: ImportRecord, seen: Progress, index: number): Failure {
  const random = mulberry32(hash(record.id) ^ Math.imul(index + 1, 0x9e3779b1));
  const errorType = record.plan.failure ?? pick(random, FAILURE_KINDS);
  const location = objectKey(record, errorType, random);
  return { location, errorType, message: message(errorType, location, record), ...state(record, seen, index) };
}

function state({ plan, run }: ImportRecord, seen: Progress, index: number): Pick<Failure, 'status' | 'lastUpdatedMs'> {
  const at = (position: number) => seen.initEndMs + (position - run.from) / seen.rate;
  if (run.pass === 'main') {
    // failure `index` is met when the pass reaches this file
    const position = Math.ceil(((index + 1) * plan.files) / plan.failing);
    return { status: 'FAILED', lastUpdatedMs: position > run.from ? at(position) : run.previousMs };
  }
  const outcome: FailureStatus = plan.retriesFail ? 'FAILED' : 'SUCCEEDED';
  if (index < run.from) return { status: outcome, lastUpdatedMs: run.previousMs };
  if (index < seen.position) return { status: outcome, lastUpdatedMs: at(index + 1) };
  if (run.stoppedMs !== undefined) return { status: 'FAILED', lastUpdatedMs: run.stoppedMs };
  return { status: 'RETRY', lastUpdatedMs: run.startMs };
}

function objectKey(record: ImportRecord, kind: FailureKind, random: Random): string {
  const endMs = record.endEventMs ?? record.createdMs;
  const startMs = record.startEventMs ?? endMs - 180 * DAY_MS;
  const when = new Date(startMs + random() * Math.max(0, endMs - startMs));
  const base = record.source.S3LocationUri.replace(/\/+$/, '');
  const owner = /\/AWSLogs\/(\d{12})$/.exec(base)?.[1];
  const account = owner ?? pick(random, ACCOUNTS);
  const region = pick(random, REGIONS);
  const day = when.toISOString().slice(0, 10).replaceAll('-', '/');
  const stamp = when.toISOString().slice(0, 16).replace(/[-:]/g, '') + 'Z';
  // CloudTrail's key layout: [prefix/]AWSLogs/[org-id/]account/CloudTrail/region/yyyy/mm/dd/file
  const head = owner ? base : /\/AWSLogs\/o-[a-z0-9]+$/.test(base) ? `${base}/${account}` : `${base}/AWSLogs/${account}`;
  const folder = kind === 'InvalidFormat' ? 'CloudTrail-Digest' : 'CloudTrail';
  const suffix = kind === 'NotGzipped' ? '.json' : '.json.gz';
  const file = `${account}_${folder}_${region}_${stamp}_${randomString(random, 16, ID_CHARS)}${suffix}`;
  return `${head}/${folder}/${region}/${day}/${file}`;
}

function message(kind: FailureKind, location: string, record: ImportRecord): string {
  const key = location.replace(/^s3:\/\//, '');
  switch (kind) {
    case 'AccessDenied': {
      const roleArn = record.source.S3BucketAccessRoleArn;
      const role = `arn:aws:sts::${roleArn.split(':')[4]}:assumed-role/${roleArn.slice(roleArn.lastIndexOf('/') + 1)}`;
      return (
        `User: ${role}/CloudTrailLakeImport is not authorized to perform: s3:GetObject on resource: ` +
        `"arn:aws:s3:::${key}" because no identity-based policy allows the s3:GetObject action`
      );
    }
    case 'NotGzipped':
      return 'The file is not in gzip format. Only gzip-compressed CloudTrail log files can be imported.';
    case 'InvalidFormat':
      return 'The file is not a CloudTrail log file: expected a JSON object with a "Records" array.';
    case 'NoSuchKey':
      return (
        'The specified key does not exist. (Service: Amazon S3; Status Code: 404; Error Code: NoSuchKey; ' +
        `Request ID: ${requestIdFor(key)})`
      );
  }
}

function requestIdFor(key: string): string {
  return randomString(mulberry32(hash(key)), 16, 'ABCDEF0123456789');
}
