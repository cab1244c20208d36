import { nodeCredentialChain } from './aws-credentials.ts';
import { resolveUpstream } from './aws-endpoint.ts';
import { createAwsProxy } from './aws-proxy.ts';
import { AwsSetupError } from './aws-setup-error.ts';
import { getCallerIdentity } from './caller-identity.ts';
import { noCredentialsHelp, rejectedCredentialsHelp } from './credential-help.ts';
import type { Mode } from './mode.ts';

export interface AwsModeSettings {
  region?: string;
  profile?: string;
  readOnly: boolean;
  log: (line: string) => void;
}

/** Finds the region, the endpoint and the caller's identity, or throws AwsSetupError saying how to fix it. */
export async function setUpAwsMode(settings: AwsModeSettings): Promise<Mode> {
  const upstream = await resolveUpstream(settings);
  const { region } = upstream;
  const credentials = nodeCredentialChain({ profile: settings.profile, region });
  await credentials.get().catch((error: unknown) => {
    throw new AwsSetupError(noCredentialsHelp(settings.profile, error));
  });
  const identity = await getCallerIdentity(credentials, { region, profile: settings.profile }).catch((error: unknown) => {
    throw new AwsSetupError(rejectedCredentialsHelp(error));
  });
  const proxy = createAwsProxy({ upstream, credentials, readOnly: settings.readOnly, log: settings.log });
  const writes = settings.readOnly ? 'read-only (StartImport and StopImport refused)' : 'reads and writes (StartImport, StopImport)';
  return {
    cloudtrail: proxy,
    pageConfig: { mode: 'aws', region, account: identity.account, readOnly: settings.readOnly },
    summary: [
      `Mode: real AWS, ${writes}`,
      `Acting as: ${identity.arn} (account ${identity.account})`,
      `Region: ${region}${settings.profile === undefined ? '' : `, profile: ${settings.profile}`}`,
      `CloudTrail endpoint: ${upstream.url.href}`,
    ],
  };
}
