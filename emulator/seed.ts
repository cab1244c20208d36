import { firstRun, INITIALIZING_MS, makeRun } from './lifecycle.ts';
import { FAILURE_KINDS, type EventDataStore, type ImportRecord, type Plan, type Run, type S3Source } from './model.ts';
import { makePlan } from './plan.ts';
import { intBetween, mulberry32, pick, uuid, type Random } from './random.ts';
import { ACCOUNT_ID, seedDataStores } from './seed-data-stores.ts';
import { Store } from './store.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const ORG = 'o-7k2m9x4q1p';
const ROLE = `arn:aws:iam::${ACCOUNT_ID}:role/CloudTrailLakeImportRole`;
const ARCHIVE_ROLE = `arn:aws:iam::${ACCOUNT_ID}:role/service-role/CloudTrailLakeImport-archive`;
// shared by many imports, so seeding 100,000 of them stays small
const SOURCES: readonly S3Source[] = [
  source(`acme-cloudtrail-logs-${ACCOUNT_ID}/AWSLogs/${ORG}/`, 'us-east-1', ROLE),
  source(`acme-cloudtrail-logs-${ACCOUNT_ID}/AWSLogs/${ACCOUNT_ID}/`, 'us-east-1', ROLE),
  source(`acme-org-trail-archive/legacy/AWSLogs/${ORG}/`, 'us-west-2', ARCHIVE_ROLE),
  source('acme-security-logs-eu/AWSLogs/210987654321/', 'eu-west-1', ROLE),
  source('acme-cloudtrail-backup/', 'us-east-2', ARCHIVE_ROLE),
];
type Outcome = 'completed' | 'failed' | 'stopped' | 'retried';
// with five imports or more, every status shows up
const FIRST_OUTCOMES: readonly Outcome[] = ['completed', 'failed', 'stopped', 'retried'];

export interface SeedOptions {
  readonly seed: number;
  readonly imports: number;
  readonly now: number;
}

// Demo data relative to `now`: four data stores, one import in progress, the rest ended.
export function seed({ seed, imports, now }: SeedOptions): Store {
  const random = mulberry32(seed);
  const dataStores = seedDataStores(now);
  const records: ImportRecord[] = [];
  for (let i = 0; i < imports; i++) {
    // created times are drawn in order (one per slice of the last six months), so nothing needs sorting
    const createdMs = Math.round(now - DAY_MS - (179 * DAY_MS * (i - 1 + random())) / Math.max(1, imports - 1));
    const record = i === 0 ? activeImport(random, now, dataStores) : endedImport(random, createdMs, dataStores, outcome(random, i));
    records.push(record);
  }
  return new Store(dataStores, records, mulberry32(seed ^ 0x5eed5eed), now);
}

// created shortly before now, and still running twelve minutes or more after it
function activeImport(random: Random, now: number, dataStores: readonly EventDataStore[]): ImportRecord {
  const createdMs = now - 100_000;
  const plan = makePlan(random, { inProgressMs: 15 * MINUTE_MS, retriesFail: false });
  return makeImport(random, createdMs, dataStores, plan, firstRun(createdMs));
}

function endedImport(random: Random, createdMs: number, dataStores: readonly EventDataStore[], result: Outcome): ImportRecord {
  const inProgressMs = Math.round((3 + random() * 177) * MINUTE_MS);
  const failing = result === 'failed' || result === 'retried';
  const marker = failing ? { failure: random() < 0.75 ? pick(random, FAILURE_KINDS) : undefined } : undefined;
  const plan = makePlan(random, { inProgressMs, marker, retriesFail: false });
  return makeImport(random, createdMs, dataStores, plan, endedRun(random, createdMs, inProgressMs, result));
}

function endedRun(random: Random, createdMs: number, inProgressMs: number, result: Outcome): Run {
  const first = firstRun(createdMs);
  const firstEndMs = createdMs + INITIALIZING_MS + inProgressMs;
  if (result === 'stopped') {
    return { ...first, stoppedMs: Math.round(createdMs + INITIALIZING_MS + random() * 0.9 * inProgressMs) };
  }
  if (result !== 'retried') return first;
  // retried after the cause was fixed, so the failures now read SUCCEEDED
  const startMs = Math.round(firstEndMs + intBetween(random, 1, 12) * 3_600_000);
  return makeRun('retry', startMs, 0, true, firstEndMs);
}

function makeImport(
  random: Random,
  createdMs: number,
  dataStores: readonly EventDataStore[],
  plan: Plan,
  run: Run,
): ImportRecord {
  const id = uuid(random);
  const destination = pick(random, dataStores).arn;
  const source = pick(random, SOURCES);
  const endEventMs = random() < 0.4 ? undefined : Math.floor(createdMs / DAY_MS - intBetween(random, 0, 30)) * DAY_MS;
  const startEventMs = endEventMs === undefined ? undefined : endEventMs - intBetween(random, 7, 365) * DAY_MS;
  return { id, destination, source, startEventMs, endEventMs, createdMs, plan, run };
}

function outcome(random: Random, index: number): Outcome {
  const fixed = FIRST_OUTCOMES[index - 1];
  if (fixed) return fixed;
  const roll = random();
  return roll < 0.58 ? 'completed' : roll < 0.8 ? 'failed' : roll < 0.92 ? 'stopped' : 'retried';
}

function source(path: string, region: string, role: string): S3Source {
  return { S3LocationUri: `s3://${path}`, S3BucketRegion: region, S3BucketAccessRoleArn: role };
}
