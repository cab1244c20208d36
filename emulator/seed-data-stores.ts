import type { EventDataStore } from './model.ts';
import { mulberry32, uuid } from './random.ts';

const DAY_MS = 86_400_000;
export const ACCOUNT_ID = '123456789012';
export const REGION = 'us-east-1';
const ARN_PREFIX = `arn:aws:cloudtrail:${REGION}:${ACCOUNT_ID}:eventdatastore/`;
// data store ids do not depend on the demo seed, so scripts can name them
const ID_SEED = 0x2013_1101;

type Template = Omit<EventDataStore, 'arn' | 'createdMs' | 'updatedMs' | 'status'> & { readonly ageDays: number };

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
    kmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT_ID}:key/4f1c9a2e-7b3d-4e8a-9c61-2d5f0b8e7a13`,
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

export function seedDataStores(now: number): EventDataStore[] {
  const random = mulberry32(ID_SEED);
  return TEMPLATES.map(({ ageDays, ...template }) => {
    const createdMs = Math.round(now - ageDays * DAY_MS - random() * DAY_MS);
    return {
      ...template,
      arn: ARN_PREFIX + uuid(random),
      status: 'ENABLED',
      createdMs,
      updatedMs: createdMs + Math.round((30 + random() * 60) * DAY_MS),
    };
  });
}
