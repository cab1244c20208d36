import type { EventDataStore } from './model.ts';
import { hash, intBetween, mulberry32, uuid, type Random } from './random.ts';

const DAY_MS = 86_400_000;
export const ACCOUNT_ID = '123456789012';
export const REGION = 'us-east-1';
// data store ids do not depend on the demo seed, so scripts can name them
const ID_SEED = 0x2013_1101;

export interface SourceId {
  readonly account: string;
  readonly region: string;
}
export const DEFAULT_SOURCE: SourceId = { account: ACCOUNT_ID, region: REGION };

// primary: the four stores of the emulator without an organization, for the management account's first
// region; management: a few of those and of the member pool; member: a few of the member pool.
export type StoreSet = 'primary' | 'management' | 'member';

type Template = Omit<EventDataStore, 'arn' | 'createdMs' | 'updatedMs' | 'status' | 'kmsKeyId'> & {
  readonly ageDays: number;
  readonly kmsKey?: string;
};

const TEMPLATES: readonly Template[] = [
  {
    name: 'org-management-events',
    category: 'Management',
    organization: true,
    multiRegion: true,
    retentionDays: 2557,
    billingMode: 'EXTENDABLE_RETENTION_PRICING',
    ageDays: 820,
  },
  {
    name: 'prod-data-events',
    category: 'Data',
    organization: false,
    multiRegion: true,
    retentionDays: 366,
    billingMode: 'EXTENDABLE_RETENTION_PRICING',
    ageDays: 540,
  },
  {
    name: 'security-audit-lake',
    category: 'Management',
    organization: false,
    multiRegion: true,
    retentionDays: 3653,
    billingMode: 'FIXED_RETENTION_PRICING',
    kmsKey: '4f1c9a2e-7b3d-4e8a-9c61-2d5f0b8e7a13',
    ageDays: 700,
  },
  {
    name: 'archive-2024',
    category: 'Management',
    organization: true,
    multiRegion: true,
    retentionDays: 2557,
    billingMode: 'FIXED_RETENTION_PRICING',
    ageDays: 400,
  },
];

const MORE_TEMPLATES: readonly Template[] = [
  {
    name: 'account-activity-events',
    category: 'Management',
    organization: false,
    multiRegion: true,
    retentionDays: 2557,
    billingMode: 'EXTENDABLE_RETENTION_PRICING',
    ageDays: 610,
  },
  {
    name: 'app-data-events',
    category: 'Data',
    organization: false,
    multiRegion: false,
    retentionDays: 90,
    billingMode: 'EXTENDABLE_RETENTION_PRICING',
    ageDays: 200,
  },
  {
    name: 'incident-response-lake',
    category: 'Management',
    organization: false,
    multiRegion: true,
    retentionDays: 366,
    billingMode: 'EXTENDABLE_RETENTION_PRICING',
    kmsKey: 'a6e0d2b4-1c3f-4b7a-8e95-0f2d4c6b8a17',
    ageDays: 150,
  },
  {
    name: 'archive-2025',
    category: 'Management',
    organization: false,
    multiRegion: true,
    retentionDays: 2557,
    billingMode: 'FIXED_RETENTION_PRICING',
    ageDays: 35,
  },
];

// Only the management account may own organization stores (CloudTrail user guide).
const POOLS: Record<Exclude<StoreSet, 'primary'>, readonly Template[]> = {
  management: [...TEMPLATES, ...MORE_TEMPLATES],
  member: [...TEMPLATES.filter((template) => !template.organization), ...MORE_TEMPLATES],
};

export function seedDataStores(now: number, source: SourceId = DEFAULT_SOURCE, set: StoreSet = 'primary'): EventDataStore[] {
  const { account, region } = source;
  const random = mulberry32(set === 'primary' ? ID_SEED : ID_SEED ^ hash(`${account}/${region}`));
  const templates = set === 'primary' ? TEMPLATES : choose(random, POOLS[set]);
  return templates.map(({ ageDays, kmsKey, ...template }) => {
    const createdMs = Math.round(now - ageDays * DAY_MS - random() * DAY_MS);
    return {
      ...template,
      kmsKeyId: kmsKey && `arn:aws:kms:${region}:${account}:key/${kmsKey}`,
      arn: `arn:aws:cloudtrail:${region}:${account}:eventdatastore/${uuid(random)}`,
      status: 'ENABLED',
      createdMs,
      updatedMs: createdMs + Math.round((30 + random() * 60) * DAY_MS),
    };
  });
}

// two to four of the templates, in their order
function choose(random: Random, templates: readonly Template[]): Template[] {
  const left = [...templates];
  const kept: Template[] = [];
  for (let count = intBetween(random, 2, 4); count > 0 && left.length > 0; count--) {
    kept.push(...left.splice(Math.floor(random() * left.length), 1));
  }
  return templates.filter((template) => kept.includes(template));
}
