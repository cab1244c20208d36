import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { CredentialSource } from './aws-credentials.ts';

export interface CallerIdentity {
  arn: string;
  account: string;
}

/** sts:GetCallerIdentity needs no IAM permission, so it shows who we are without testing what we may do. */
export async function getCallerIdentity(
  credentials: CredentialSource,
  settings: { region: string; profile?: string },
): Promise<CallerIdentity> {
  const sts = new STSClient({ ...settings, credentials: () => credentials.get(), maxAttempts: 2 });
  try {
    const output = await sts.send(new GetCallerIdentityCommand({}));
    return { arn: output.Arn ?? 'unknown', account: output.Account ?? 'unknown' };
  } finally {
    sts.destroy();
  }
}
