import { checkRegions, MANAGEMENT_ACCOUNT_ID, type OrganizationAccount, type OrganizationSpec } from './organization.ts';
import { mulberry32 } from './random.ts';

export const MAX_GENERATED_ACCOUNTS = 100;
const TEAMS = [
  'payments', 'identity', 'data-platform', 'search', 'checkout', 'billing', 'analytics', 'mobile-api', 'logistics',
  'security-tooling', 'shared-services', 'log-archive', 'networking', 'ml-platform', 'web-frontend', 'notifications',
  'catalog', 'partner-api', 'compliance', 'sandbox',
];
const STAGES = ['prod', 'staging', 'dev', 'qa', 'perf'];

// --demo-org: the management account and four members in two regions with Lake and one without.
// ca-west-1 answering UnsupportedOperationException is a demo choice, not a fact about that region.
export function demoOrganization(): OrganizationSpec {
  return {
    accounts: [
      { id: MANAGEMENT_ACCOUNT_ID, name: 'management', management: true },
      { id: '210987654321', name: 'security-tooling' },
      { id: '345678901234', name: 'prod-payments' },
      { id: '472650918334', name: 'data-platform' },
      { id: '589104736221', name: 'sandbox-legacy' },
    ],
    regions: ['us-east-1', 'eu-west-1'],
    unsupportedRegions: ['ca-west-1'],
    sourceFaults: [{ account: '589104736221', error: 'AccessDeniedException' }],
  };
}

// --accounts N --regions LIST: the management account 123456789012 first, then N - 1 members whose
// IDs and names are the same on every run.
export function generatedOrganization(accounts: number, regions: readonly string[]): OrganizationSpec {
  if (!Number.isInteger(accounts) || accounts < 1 || accounts > MAX_GENERATED_ACCOUNTS) {
    throw new RangeError(`accounts must be a whole number from 1 to ${MAX_GENERATED_ACCOUNTS}, got ${accounts}.`);
  }
  checkRegions(regions);
  if (regions.length === 0) throw new RangeError('Name at least one region.');
  const random = mulberry32(0x0a11_ce55);
  const ids = new Set([MANAGEMENT_ACCOUNT_ID]);
  const members: OrganizationAccount[] = [];
  for (let index = 0; index < accounts - 1; index++) {
    let id = '';
    while (id === '' || ids.has(id)) id = String(100_000_000_000 + Math.floor(random() * 899_999_999_999));
    ids.add(id);
    const stage = STAGES[Math.floor(index / TEAMS.length)] ?? 'dev';
    members.push({ id, name: `${stage}-${TEAMS[index % TEAMS.length] ?? 'team'}` });
  }
  return { accounts: [{ id: MANAGEMENT_ACCOUNT_ID, name: 'management', management: true }, ...members], regions: [...regions] };
}
