import { loadConfigFile, type DashboardConfigFile, type LoadedConfigFile } from './config-file.ts';
import type { SourceFlags } from './source-flags.ts';

/** An account to watch and how to get its credentials. No profile means the default credential chain. */
export type AccountPlan =
  | { kind: 'profile'; profile?: string; name?: string }
  | { kind: 'role'; roleArn: string; profile?: string; name?: string };

export interface OrgPlan {
  memberRoleName: string;
  /** The base credentials: they list the accounts and assume the member role. */
  profile?: string;
  skipAccounts: string[];
}

/** What AWS mode should watch, before any credential is read. */
export interface SourcePlan {
  /** Undefined: each account in its profile's own region. */
  regions?: string[] | 'all';
  accounts: AccountPlan[];
  org?: OrgPlan;
  readOnly: boolean;
}

/**
 * The config file, overridden by flags: --region/--regions replace its regions; --profile, --profiles
 * and --org replace its accounts and org together; --read-only can only add read-only.
 */
export function planSources(flags: SourceFlags, file: DashboardConfigFile | undefined, readOnlyFlag: boolean): SourcePlan {
  const plan: SourcePlan = { accounts: [], readOnly: readOnlyFlag || file?.readOnly === true };
  const regions = flags.region === undefined ? flags.regions ?? file?.regions : [flags.region];
  if (regions !== undefined) plan.regions = regions;
  const accountFlags = flags.profile !== undefined || flags.profiles !== undefined || flags.memberRoleName !== undefined;
  if (accountFlags) {
    if (flags.profiles !== undefined) plan.accounts = flags.profiles.map((profile) => ({ kind: 'profile', profile }));
    else if (flags.memberRoleName === undefined) plan.accounts = [{ kind: 'profile', profile: flags.profile }];
    if (flags.memberRoleName !== undefined) plan.org = { memberRoleName: flags.memberRoleName, profile: flags.profile, skipAccounts: [] };
  } else if (file?.accounts !== undefined || file?.org !== undefined) {
    plan.accounts = (file.accounts ?? []).map((entry): AccountPlan =>
      ('roleArn' in entry ? { kind: 'role', ...entry } : { kind: 'profile', ...entry }));
    if (file.org !== undefined) plan.org = { ...file.org, skipAccounts: file.org.skipAccounts ?? [] };
  } else {
    plan.accounts = [{ kind: 'profile' }];
  }
  return plan;
}

/**
 * What `npm start -- --aws` watches: the config file (--config PATH, or imports-dashboard.config.json
 * in `cwd`) overridden by the flags. Throws ConfigFileError for a file that is wrong.
 */
export function planFromOptions(options: { sources: SourceFlags; readOnly: boolean }, cwd: string): { plan: SourcePlan; file?: LoadedConfigFile } {
  const file = loadConfigFile(options.sources.config, cwd);
  const plan = planSources(options.sources, file?.config, options.readOnly);
  return file === undefined ? { plan } : { plan, file };
}

/** Today's setup: one set of credentials, whose failures stop the server as they always did. */
export function isSingleAccount(plan: SourcePlan): boolean {
  return plan.org === undefined && plan.accounts.length === 1 && plan.accounts[0]?.kind === 'profile';
}
