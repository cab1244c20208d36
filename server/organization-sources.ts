import { baseLabel, problemOf, roleAccount, type CredentialChains, type SourceAccount } from './aws-accounts.ts';
import { partitionOfArn, roleArn } from './aws-names.ts';
import { getCallerIdentity } from './caller-identity.ts';
import { listOrganizationAccounts } from './organization-accounts.ts';
import type { OrgPlan } from './source-plan.ts';

export interface OrganizationSources {
  /** The account of the base credentials first, then the members by name. */
  accounts: SourceAccount[];
  warnings: string[];
  notes: string[];
}

const PARALLEL = 8;

/**
 * --org: the base credentials list the organization's accounts; their own account signs with them,
 * and every other account through the member role.
 */
export async function organizationSources(chains: CredentialChains, homeRegion: string, org: OrgPlan): Promise<OrganizationSources> {
  const base = chains.get(org.profile);
  const label = baseLabel(org.profile);
  const result: OrganizationSources = { accounts: [], warnings: [], notes: [] };
  let identity;
  try {
    identity = await getCallerIdentity(base, { region: homeRegion, profile: org.profile });
  } catch (error) {
    result.warnings.push(`--org: ${label} did not answer sts:GetCallerIdentity (${problemOf(error)}), so no organization account is watched`);
    return result;
  }
  const own: SourceAccount = { account: identity.account, identity, signsWith: label, credentials: base, profile: org.profile, homeRegion };
  let listing;
  try {
    listing = await listOrganizationAccounts(base, { region: homeRegion, profile: org.profile });
  } catch (error) {
    result.warnings.push(`--org: organizations:ListAccounts failed (${problemOf(error)}); watching only account ${identity.account}`);
    result.accounts.push(own);
    return result;
  }
  const skipped = new Set(org.skipAccounts);
  const ownEntry = listing.accounts.find((account) => account.id === identity.account);
  result.accounts.push(ownEntry?.name === undefined ? own : { ...own, accountName: ownEntry.name });
  if (listing.managementAccount !== undefined && listing.managementAccount !== identity.account) {
    result.notes.push(`The base credentials are in account ${identity.account}, not in the management account ${listing.managementAccount}; ` +
      'that one is reached through the member role, and only it can import into organization event data stores.');
  }
  const members = listing.accounts
    .filter((account) => account.id !== identity.account && !skipped.has(account.id))
    .sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id));
  const partition = partitionOfArn(identity.arn);
  result.accounts.push(...await inBatches(members, (member) =>
    roleAccount(chains, homeRegion, { roleArn: roleArn(partition, member.id, org.memberRoleName), profile: org.profile, name: member.name })));
  return result;
}

async function inBatches<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += PARALLEL) {
    results.push(...await Promise.all(items.slice(start, start + PARALLEL).map(work)));
  }
  return results;
}
