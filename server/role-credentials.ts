import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { doesIdentityRequireRefresh, isIdentityExpired, memoizeIdentityProvider } from '@smithy/core';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { CREDENTIAL_ERRORS } from './aws-error-name.ts';
import type { CredentialSource } from './aws-credentials.ts';

/** Shown in CloudTrail's own log of every call the dashboard makes in a member account. */
export const ROLE_SESSION_NAME = 'cloudtrail-imports-dashboard';

// A role session assumed with role credentials ("role chaining") lasts at most one hour (IAM User
// Guide, "Role chaining"); asking for more fails, so one hour works whatever the base credentials are.
export const ROLE_SESSION_SECONDS = 3600;

export interface RoleSettings {
  roleArn: string;
  /** The credentials that call sts:AssumeRole. */
  base: CredentialSource;
  /** Where STS is called. */
  region: string;
  profile?: string;
}

/**
 * Credentials for a role, assumed with the base credentials and assumed again five minutes before
 * the session ends (the SDK's refresh window), so a request never signs with an expiring session.
 */
export function roleCredentials(settings: RoleSettings): CredentialSource {
  let provider = createProvider(settings);
  // Set when STS refused the base credentials themselves, so forgetting reaches them too.
  let baseRejected = false;
  return {
    get: () => provider().catch((error: unknown) => {
      baseRejected = error instanceof Error && CREDENTIAL_ERRORS.has(error.name);
      throw error;
    }),
    forget: () => {
      if (baseRejected) settings.base.forget();
      baseRejected = false;
      provider = createProvider(settings);
    },
  };
}

function createProvider({ roleArn, base, region, profile }: RoleSettings): () => Promise<AwsCredentialIdentity> {
  const assume: AwsCredentialIdentityProvider = fromTemporaryCredentials({
    params: { RoleArn: roleArn, RoleSessionName: ROLE_SESSION_NAME, DurationSeconds: ROLE_SESSION_SECONDS },
    masterCredentials: () => base.get(),
    clientConfig: { region, profile, maxAttempts: 2 },
  });
  const memoized = memoizeIdentityProvider(assume, isIdentityExpired, doesIdentityRequireRefresh);
  if (memoized === undefined) throw new Error('No AssumeRole provider');
  return () => memoized();
}
