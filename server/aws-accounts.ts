import { nodeCredentialChain, type CredentialSource } from './aws-credentials.ts';
import { accountOfRoleArn } from './aws-names.ts';
import { AwsSetupError } from './aws-setup-error.ts';
import { getCallerIdentity, type CallerIdentity } from './caller-identity.ts';
import { noCredentialsHelp, rejectedCredentialsHelp } from './credential-help.ts';
import { ROLE_SESSION_NAME, roleCredentials } from './role-credentials.ts';

/** One account the dashboard watches, with the credentials that sign for it. */
export interface SourceAccount {
  account: string;
  accountName?: string;
  /** How it signs, for the start lines: "profile prod", "role arn:… over the default credentials". */
  signsWith: string;
  credentials: CredentialSource;
  /** The profile whose settings (region, endpoint_url) apply. */
  profile?: string;
  /** Where its STS calls go, and its region when no regions are given. */
  homeRegion: string;
  identity?: CallerIdentity;
  /** Why the identity check failed; the account stays, and the page shows the error on each request. */
  problem?: string;
}

/** A profile whose account could not be found out, so it cannot be a source. */
export interface LeftOutAccount {
  label: string;
  reason: unknown;
}

export type AccountResult = { ok: true; account: SourceAccount } | { ok: false; leftOut: LeftOutAccount };

/** One credential chain per profile, shared by everything that uses that profile. */
export class CredentialChains {
  private readonly chains = new Map<string, CredentialSource>();
  constructor(private readonly regionOf: (profile: string | undefined) => string) {}

  get(profile: string | undefined): CredentialSource {
    const key = profile ?? '';
    let chain = this.chains.get(key);
    if (chain === undefined) {
      chain = nodeCredentialChain({ profile, region: this.regionOf(profile) });
      this.chains.set(key, chain);
    }
    return chain;
  }
}

export function baseLabel(profile: string | undefined): string {
  if (profile !== undefined) return `profile ${profile}`;
  // The SDK reads AWS_PROFILE itself; said here so the start lines name the profile in use.
  const fromEnvironment = process.env.AWS_PROFILE;
  return fromEnvironment ? `profile ${fromEnvironment} (AWS_PROFILE)` : 'the default credential chain';
}

/** A profile's account is known only once its credentials answer sts:GetCallerIdentity (or carry an account ID). */
export async function profileAccount(
  chains: CredentialChains, homeRegion: string, profile: string | undefined, name?: string,
): Promise<AccountResult> {
  const credentials = chains.get(profile);
  const label = baseLabel(profile);
  const named = name ?? profile;
  const base = { signsWith: label, credentials, profile, homeRegion, ...(named === undefined ? {} : { accountName: named }) };
  try {
    const identity = await getCallerIdentity(credentials, { region: homeRegion, profile });
    return { ok: true, account: { ...base, account: identity.account, identity } };
  } catch (reason) {
    const account = await credentials.get().then((resolved) => resolved.accountId, () => undefined);
    if (account === undefined) return { ok: false, leftOut: { label, reason } };
    return { ok: true, account: { ...base, account, problem: problemOf(reason) } };
  }
}

/** The one-source setup: no credentials, or credentials AWS refuses, stop the server with help. */
export async function strictProfileAccount(chains: CredentialChains, homeRegion: string, profile: string | undefined): Promise<SourceAccount> {
  const credentials = chains.get(profile);
  await credentials.get().catch((error: unknown) => {
    throw new AwsSetupError(noCredentialsHelp(profile, error));
  });
  const identity = await getCallerIdentity(credentials, { region: homeRegion, profile }).catch((error: unknown) => {
    throw new AwsSetupError(rejectedCredentialsHelp(error));
  });
  const named = profile === undefined ? {} : { accountName: profile };
  return { account: identity.account, identity, signsWith: baseLabel(profile), credentials, profile, homeRegion, ...named };
}

/** A role's account is in its ARN; the role is assumed with the base profile's credentials. */
export async function roleAccount(
  chains: CredentialChains, homeRegion: string, settings: { roleArn: string; profile?: string; name?: string },
): Promise<SourceAccount> {
  const { roleArn, profile, name } = settings;
  const credentials = roleCredentials({ roleArn, base: chains.get(profile), region: homeRegion, profile });
  const account: SourceAccount = {
    account: accountOfRoleArn(roleArn),
    signsWith: `role ${roleArn} (session ${ROLE_SESSION_NAME}) over ${baseLabel(profile)}`,
    credentials,
    profile,
    homeRegion,
    ...(name === undefined ? {} : { accountName: name }),
  };
  try {
    return { ...account, identity: await getCallerIdentity(credentials, { region: homeRegion, profile }) };
  } catch (reason) {
    return { ...account, problem: problemOf(reason) };
  }
}

export function problemOf(reason: unknown): string {
  const name = reason instanceof Error ? reason.name : 'Error';
  const message = reason instanceof Error ? reason.message : String(reason);
  return `${name}: ${message.split('\n')[0].trim().slice(0, 300)}`;
}
