import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';

/** The user's own AWS credentials, found the way the AWS CLI and SDKs find them. */
export interface CredentialSource {
  get(): Promise<AwsCredentialIdentity>;
  /** Drops what was resolved, so the next `get` reads the chain again (e.g. after `aws sso login`). */
  forget(): void;
}

export interface ChainSettings {
  profile?: string;
  region: string;
}

export function nodeCredentialChain(settings: ChainSettings): CredentialSource {
  let provider = createChain(settings);
  return {
    get: () => provider(),
    forget: () => {
      provider = createChain(settings);
    },
  };
}

// Environment, SSO, shared config and credentials files, credential_process, web identity,
// then container and instance roles; credentials that expire are refreshed before they do.
function createChain({ profile, region }: ChainSettings): AwsCredentialIdentityProvider {
  // ignoreCache: the SDK otherwise keeps the first reading of ~/.aws/credentials for the life of the process.
  return fromNodeProviderChain({ profile, ignoreCache: true, clientConfig: { region } });
}
