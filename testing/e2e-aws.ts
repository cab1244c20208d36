import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACCOUNT_ID, REGION } from '../emulator/seed-data-stores.ts';
import { E2E_PORT } from '../e2e/support/server-port.ts';
import type { TestKey } from './sigv4-check.ts';

const MEMBER_ROLE_NAME = 'CloudTrailImportsDashboardRead';
const MEMBER_ACCOUNT = '210987654321';

/**
 * The proxy-mode end-to-end setup: a fake AWS with an organization of two accounts, and the dashboard
 * in --aws --org mode signing for it: two sources, the management account with the base credentials
 * and the member through its read role.
 */
export const E2E_AWS = {
  proxyPort: E2E_PORT + 1,
  fakeAwsPort: E2E_PORT + 2,
  region: REGION,
  // The emulator's seeded data belongs to this account, the organization's management account.
  key: {
    accessKeyId: 'ASIAFAKEE2E000000001',
    secretAccessKey: 'fake-secret-for-the-e2e-proxy-test',
    sessionToken: 'fake-session-token-for-the-e2e-proxy-test',
    account: ACCOUNT_ID,
    arn: `arn:aws:sts::${ACCOUNT_ID}:assumed-role/DashboardOperator/e2e`,
  } satisfies TestKey,
  accounts: [
    { id: ACCOUNT_ID, name: 'management' },
    { id: MEMBER_ACCOUNT, name: 'security-tooling' },
  ],
  member: { account: MEMBER_ACCOUNT, name: 'security-tooling', roleArn: `arn:aws:iam::${MEMBER_ACCOUNT}:role/${MEMBER_ROLE_NAME}` },
  proxyArgs: ['--org', '--member-role-name', MEMBER_ROLE_NAME],
  /** The fake AWS lists the CloudTrail calls it accepted here (GET, no signature). */
  callsPath: '/_fake/calls',
};

/** The proxy's environment: the test key and the fake endpoint, and nothing from this machine's AWS setup. */
export function proxyEnvironment(): Record<string, string> {
  const fakeAws = `http://127.0.0.1:${E2E_AWS.fakeAwsPort}`;
  const nowhere = join(tmpdir(), 'cloudtrail-dashboard-e2e-no-aws-files');
  return {
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    AWS_REGION: E2E_AWS.region,
    AWS_PROFILE: '',
    AWS_ACCESS_KEY_ID: E2E_AWS.key.accessKeyId,
    AWS_SECRET_ACCESS_KEY: E2E_AWS.key.secretAccessKey,
    AWS_SESSION_TOKEN: E2E_AWS.key.sessionToken,
    AWS_ENDPOINT_URL: fakeAws,
    AWS_ENDPOINT_URL_CLOUDTRAIL: fakeAws,
    AWS_ENDPOINT_URL_STS: fakeAws,
    AWS_ENDPOINT_URL_ORGANIZATIONS: fakeAws,
    AWS_CONFIG_FILE: join(nowhere, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(nowhere, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}
