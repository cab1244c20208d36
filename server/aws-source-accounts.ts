import {
  CredentialChains, problemOf, profileAccount, roleAccount, strictProfileAccount, type AccountResult, type SourceAccount,
} from './aws-accounts.ts';
import { defaultRegion, noRegionHelp } from './aws-endpoint.ts';
import { AwsSetupError } from './aws-setup-error.ts';
import { noUsableSourceHelp } from './credential-help.ts';
import { organizationSources } from './organization-sources.ts';
import { isSingleAccount, type SourcePlan } from './source-plan.ts';

export interface GatheredAccounts {
  /** In the plan's order, each account once; the first usable one leads. */
  accounts: SourceAccount[];
  warnings: string[];
  notes: string[];
}

/**
 * Every account of the plan with its credentials, checked once with sts:GetCallerIdentity. A failing
 * account stays (the page shows its error); only none usable at all stops the server.
 */
export async function gatherAccounts(plan: SourcePlan): Promise<GatheredAccounts> {
  const homes = await homeRegions(plan);
  const home = (profile: string | undefined) => homes.get(profile ?? '') ?? 'us-east-1';
  const chains = new CredentialChains(home);
  if (isSingleAccount(plan)) {
    const profile = plan.accounts[0]?.profile;
    return { accounts: [await strictProfileAccount(chains, home(profile), profile)], warnings: [], notes: [] };
  }
  const gathered: GatheredAccounts = { accounts: [], warnings: [], notes: [] };
  const failures: string[] = [];
  const results = await Promise.all(plan.accounts.map((entry) => entry.kind === 'role'
    ? roleAccount(chains, home(entry.profile), entry).then((account): AccountResult => ({ ok: true, account }))
    : profileAccount(chains, home(entry.profile), entry.profile, entry.name)));
  for (const result of results) {
    if (result.ok) gathered.accounts.push(result.account);
    else {
      const line = `${result.leftOut.label}: ${problemOf(result.leftOut.reason)}`;
      failures.push(line);
      gathered.warnings.push(`${line}; left out, since its account is unknown until its credentials work`);
    }
  }
  if (plan.org !== undefined) {
    const org = await organizationSources(chains, home(plan.org.profile), plan.org);
    gathered.accounts.push(...org.accounts);
    gathered.warnings.push(...org.warnings);
    if (org.accounts.length === 0) failures.push(...org.warnings);
    gathered.notes.push(...org.notes);
  }
  gathered.accounts = withoutRepeats(gathered.accounts, gathered.notes);
  for (const account of gathered.accounts) {
    if (account.problem !== undefined) {
      failures.push(`${account.account} (${account.signsWith}): ${account.problem}`);
      gathered.warnings.push(`account ${account.account}${account.accountName === undefined ? '' : ` (${account.accountName})`}, ` +
        `${account.signsWith}, failed its identity check: ${account.problem}; the page shows this error for it`);
    }
  }
  const usable = gathered.accounts.filter((account) => account.problem === undefined);
  if (usable.length === 0) throw new AwsSetupError(noUsableSourceHelp(failures));
  gathered.accounts = [...usable.slice(0, 1), ...gathered.accounts.filter((account) => account !== usable[0])];
  return gathered;
}

/**
 * The region each profile's STS calls use: the first region asked for, else the profile's own
 * (AWS_REGION, then its region setting); with --regions all and neither, us-east-1.
 */
async function homeRegions(plan: SourcePlan): Promise<Map<string, string>> {
  const profiles = new Set([...plan.accounts.map((entry) => entry.profile), plan.org?.profile]);
  const homes = new Map<string, string>();
  for (const profile of profiles) {
    const region = Array.isArray(plan.regions) ? plan.regions[0] : await defaultRegion(profile);
    if (region === undefined && plan.regions !== 'all') throw new AwsSetupError(noRegionHelp(profile));
    homes.set(profile ?? '', region ?? 'us-east-1');
  }
  return homes;
}

function withoutRepeats(accounts: SourceAccount[], notes: string[]): SourceAccount[] {
  const seen = new Map<string, SourceAccount>();
  for (const account of accounts) {
    const first = seen.get(account.account);
    if (first === undefined) seen.set(account.account, account);
    else notes.push(`Account ${account.account} is listed more than once; it signs with ${first.signsWith}, not ${account.signsWith}.`);
  }
  return [...seen.values()];
}
