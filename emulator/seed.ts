import { firstRun, INITIALIZING_MS, makeRun } from './lifecycle.ts';
import { FAILURE_KINDS, type EventDataStore, type ImportRecord, type Plan, type Run, type S3Source } from './model.ts';
import { ORGANIZATION_ID as ORG } from './organization.ts';
import { makePlan } from './plan.ts';
import { endingBefore } from './seed-one-at-a-time.ts';
import { intBetween, mulberry32, pick, uuid, type Random } from './random.ts';
import { DEFAULT_SOURCE, seedDataStores, type SourceId, type StoreSet } from './seed-data-stores.ts';
import { Store } from './store.ts';

const MINUTE_MS = 60_000;
const ACTIVE_AGE_SALT = 0xac71_7e00;
const ACTIVE_RUNS_ON_MS = 15 * MINUTE_MS - 100_000;
const DAY_MS = 86_400_000;
type Outcome = 'completed' | 'failed' | 'stopped' | 'retried';
// with five imports or more, every status shows up
const FIRST_OUTCOMES: readonly Outcome[] = ['completed', 'failed', 'stopped', 'retried'];

export interface SeedOptions {
  readonly seed: number;
  readonly imports: number;
  readonly now: number;
  // whose data: the account and region in ARNs, buckets and roles
  readonly source?: SourceId;
  readonly storeSet?: StoreSet;
}

interface Seeding {
  readonly dataStores: readonly EventDataStore[];
  readonly sources: readonly S3Source[];
}

// Demo data relative to `now`: a few data stores, one import in progress, the rest ended, one at a
// time as CloudTrail runs them.
export function seed({ seed, imports, now, source = DEFAULT_SOURCE, storeSet = 'primary' }: SeedOptions): Store {
  const random = mulberry32(seed);
  const seeding = { dataStores: seedDataStores(now, source, storeSet), sources: importSources(source) };
  const records: ImportRecord[] = [];
  for (let i = 0; i < imports; i++) {
    // created times are drawn in order (one per slice of the last six months), so nothing needs sorting
    const createdMs = Math.round(now - DAY_MS - (179 * DAY_MS * (i - 1 + random())) / Math.max(1, imports - 1));
    const record =
      i === 0
        ? activeImport(random, activeAge(seed), now, seeding)
        : endingBefore(endedImport(random, createdMs, seeding, outcome(random, i)), records[i - 1].createdMs);
    records.push(record);
  }
  return new Store(seeding.dataStores, records, mulberry32(seed ^ 0x5eed5eed), now);
}

// A region with Lake and nothing in it yet.
export function emptyStore(now: number): Store {
  return new Store([], [], mulberry32(0x5eed5eed), now);
}

// shared by many imports, so seeding 100,000 of them stays small
function importSources({ account, region }: SourceId): S3Source[] {
  const role = `arn:aws:iam::${account}:role/CloudTrailLakeImportRole`;
  const archiveRole = `arn:aws:iam::${account}:role/service-role/CloudTrailLakeImport-archive`;
  return [
    source(`acme-cloudtrail-logs-${account}/AWSLogs/${ORG}/`, region, role),
    source(`acme-cloudtrail-logs-${account}/AWSLogs/${account}/`, region, role),
    source(`acme-org-trail-archive/legacy/AWSLogs/${ORG}/`, 'us-west-2', archiveRole),
    source('acme-security-logs-eu/AWSLogs/210987654321/', 'eu-west-1', role),
    source('acme-cloudtrail-backup/', 'us-east-2', archiveRole),
  ];
}

// How long ago the running import started: from its own stream, so that every other record stays
// as the seed always made it. Each account and region has its own seed, so their running imports
// differ in age and progress.
function activeAge(seed: number): number {
  return intBetween(mulberry32(seed ^ ACTIVE_AGE_SALT), 100, 30 * 60) * 1000;
}

// created up to half an hour before now, and running on for 13 min 25 s after it, whatever its age
function activeImport(random: Random, ageMs: number, now: number, seeding: Seeding): ImportRecord {
  const createdMs = now - ageMs;
  const plan = makePlan(random, { inProgressMs: ageMs + ACTIVE_RUNS_ON_MS, retriesFail: false });
  return makeImport(random, createdMs, seeding, plan, firstRun(createdMs));
}

function endedImport(random: Random, createdMs: number, seeding: Seeding, result: Outcome): ImportRecord {
  const inProgressMs = Math.round((3 + random() * 177) * MINUTE_MS);
  const failing = result === 'failed' || result === 'retried';
  const marker = failing ? { failure: random() < 0.75 ? pick(random, FAILURE_KINDS) : undefined } : undefined;
  const plan = makePlan(random, { inProgressMs, marker, retriesFail: false });
  return makeImport(random, createdMs, seeding, plan, endedRun(random, createdMs, inProgressMs, result));
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

function makeImport(random: Random, createdMs: number, { dataStores, sources }: Seeding, plan: Plan, run: Run): ImportRecord {
  const id = uuid(random);
  const destination = pick(random, dataStores).arn;
  const source = pick(random, sources);
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
