import { isRegionName } from './credential-scope.ts';
import { checkSourceFaults, type SourceFault, type SourceFaultSpec } from './source-faults.ts';

export interface OrganizationAccount {
  readonly id: string;
  readonly name: string;
  readonly management?: boolean;
}

export interface OrganizationSpec {
  // exactly one management account
  readonly accounts: readonly OrganizationAccount[];
  // regions where Lake answers; each (account, region) is seeded with its own data
  readonly regions: readonly string[];
  // answer UnsupportedOperationException for every CloudTrail call
  readonly unsupportedRegions?: readonly string[];
  // e.g. AccessDeniedException for one account (README, Organization view)
  readonly sourceFaults?: readonly SourceFaultSpec[];
}

// A spec that has been checked.
export interface Organization {
  readonly accounts: readonly OrganizationAccount[];
  readonly management: OrganizationAccount;
  readonly regions: readonly string[];
  readonly unsupportedRegions: readonly string[];
  readonly sourceFaults: readonly SourceFault[];
}

export const ORGANIZATION_ID = 'o-7k2m9x4q1p';
export const MANAGEMENT_ACCOUNT_ID = '123456789012';
const MAX_ACCOUNTS = 1000;
const MAX_REGIONS = 40;
// AccountName in the Organizations model: 1 to 50 characters
const MAX_NAME = 50;

/** The spec as given, or a RangeError that says what is wrong with it. */
export function checkOrganization(spec: OrganizationSpec): Organization {
  const { accounts, regions, unsupportedRegions = [], sourceFaults = [] } = spec;
  if (accounts.length === 0 || accounts.length > MAX_ACCOUNTS) {
    throw new RangeError(`An organization has 1 to ${MAX_ACCOUNTS} accounts, got ${accounts.length}.`);
  }
  const ids = new Set<string>();
  for (const { id, name } of accounts) {
    if (!/^\d{12}$/.test(id)) throw new RangeError(`An account ID is 12 digits, got "${id}".`);
    if (ids.has(id)) throw new RangeError(`The account ${id} is listed twice.`);
    if (name.trim() === '' || name.length > MAX_NAME) throw new RangeError(`Account ${id} needs a name of 1 to ${MAX_NAME} characters.`);
    ids.add(id);
  }
  const managers = accounts.filter((account) => account.management);
  const [management] = managers;
  if (!management || managers.length > 1) {
    throw new RangeError(`An organization has exactly one management account, got ${managers.length}.`);
  }
  if (regions.length === 0) throw new RangeError('An organization needs at least one region with Lake.');
  checkRegions([...regions, ...unsupportedRegions]);
  return {
    accounts: [...accounts],
    management,
    regions: [...regions],
    unsupportedRegions: [...unsupportedRegions],
    sourceFaults: checkSourceFaults(sourceFaults, ids),
  };
}

export function checkRegions(regions: readonly string[]): void {
  if (regions.length > MAX_REGIONS) throw new RangeError(`At most ${MAX_REGIONS} regions, got ${regions.length}.`);
  const seen = new Set<string>();
  for (const region of regions) {
    if (!isRegionName(region)) throw new RangeError(`"${region}" is not a region name such as us-east-1.`);
    if (seen.has(region)) throw new RangeError(`The region ${region} is listed twice.`);
    seen.add(region);
  }
}
