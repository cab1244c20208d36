import type { CognitoSettings } from './lambda-cognito.ts';

/** What the deployment tells the function, in its environment. */
export interface LambdaSettings {
  /** Flags for the server after --aws, e.g. ["--read-only", "--regions", "eu-west-1,us-east-1"]. */
  serverArgs: string[];
  cognito: CognitoSettings;
}

export const LAMBDA_ENVIRONMENT = {
  serverArgs: 'DASHBOARD_SERVER_ARGS',
  userPoolId: 'DASHBOARD_USER_POOL_ID',
  clientId: 'DASHBOARD_USER_POOL_CLIENT_ID',
  domain: 'DASHBOARD_SIGN_IN_DOMAIN',
  identityProvider: 'DASHBOARD_IDENTITY_PROVIDER',
} as const;

export function lambdaSettingsFrom(env: NodeJS.ProcessEnv): LambdaSettings {
  const required = (key: keyof typeof LAMBDA_ENVIRONMENT): string => {
    const value = env[LAMBDA_ENVIRONMENT[key]];
    if (!value) throw new RangeError(`${LAMBDA_ENVIRONMENT[key]} is not set`);
    return value;
  };
  const args: unknown = JSON.parse(env[LAMBDA_ENVIRONMENT.serverArgs] || '[]');
  if (!Array.isArray(args) || !args.every((arg) => typeof arg === 'string')) {
    throw new RangeError(`${LAMBDA_ENVIRONMENT.serverArgs} must be a JSON array of strings`);
  }
  return {
    serverArgs: args,
    cognito: {
      userPoolId: required('userPoolId'),
      clientId: required('clientId'),
      domain: new URL(required('domain')),
      identityProvider: env[LAMBDA_ENVIRONMENT.identityProvider] || undefined,
    },
  };
}
