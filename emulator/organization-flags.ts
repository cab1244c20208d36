import { demoOrganization, generatedOrganization, MAX_GENERATED_ACCOUNTS } from './demo-organization.ts';
import type { OrganizationSpec } from './organization.ts';

/** --demo-org, --accounts and --regions in node:util parseArgs form, for the emulator's CLI and the server's. */
export const ORGANIZATION_FLAG_OPTIONS = {
  'demo-org': { type: 'boolean' },
  accounts: { type: 'string' },
  regions: { type: 'string' },
} as const;

export const ORGANIZATION_FLAGS: readonly string[] = Object.keys(ORGANIZATION_FLAG_OPTIONS).map((name) => `--${name}`);

export const ORGANIZATION_USAGE = '[--demo-org | --accounts N (1-100) --regions us-east-1,eu-west-1,...]';

export interface OrganizationFlagValues {
  'demo-org'?: boolean;
  accounts?: string;
  regions?: string;
}

/** The organization the flags ask for, undefined for none, or a RangeError naming the flag that is wrong. */
export function organizationFromFlags(values: OrganizationFlagValues): OrganizationSpec | undefined {
  const { accounts, regions } = values;
  if (values['demo-org']) {
    if (accounts !== undefined || regions !== undefined) {
      throw new RangeError('--demo-org has its own accounts and regions: leave out --accounts and --regions.');
    }
    return demoOrganization();
  }
  if (accounts === undefined && regions === undefined) return undefined;
  return generatedOrganization(accountCount(accounts ?? '1'), regionList(regions ?? 'us-east-1'));
}

function accountCount(text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < 1 || value > MAX_GENERATED_ACCOUNTS) {
    throw new RangeError(`--accounts must be a whole number from 1 to ${MAX_GENERATED_ACCOUNTS}, got "${text}".`);
  }
  return value;
}

function regionList(text: string): string[] {
  const regions = text.split(',').map((region) => region.trim());
  try {
    // generatedOrganization checks them again; here the message can name the flag
    generatedOrganization(1, regions);
  } catch (error) {
    throw new RangeError(`--regions: ${error instanceof Error ? error.message : String(error)}`);
  }
  return regions;
}

/** One line for the console, or undefined without an organization. */
export function describeOrganization(spec: OrganizationSpec | undefined): string | undefined {
  if (!spec) return undefined;
  const unsupported = spec.unsupportedRegions ?? [];
  const regions = [...spec.regions, ...unsupported.map((region) => `${region} (no Lake)`)];
  const faulted = (spec.sourceFaults ?? []).map((fault) => {
    const name = spec.accounts.find((account) => account.id === fault.account)?.name ?? fault.account ?? 'every account';
    return `${name}${fault.region ? ` in ${fault.region}` : ''}: ${fault.error}`;
  });
  const accounts = `${spec.accounts.length} account${spec.accounts.length === 1 ? '' : 's'}`;
  return `${accounts} x ${regions.join(', ')}${faulted.length > 0 ? `; ${faulted.join('; ')}` : ''}`;
}
