import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAwsCli } from './aws-cli-run.ts';
import { DATA, MANAGEMENT, SANDBOX, SECURITY, startOrganization, type OrganizationHarness } from './organization-harness.ts';

let h: OrganizationHarness;
beforeAll(async () => {
  h = await startOrganization();
});
afterAll(() => h.close());

interface Keys {
  AWS_ACCESS_KEY_ID: string;
  AWS_SECRET_ACCESS_KEY?: string;
  AWS_SESSION_TOKEN?: string;
}

interface CliOutput {
  EventDataStores?: { EventDataStoreArn: string }[];
  Credentials?: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string };
  Accounts?: unknown[];
  Account?: string;
  Arn?: string;
}

// Runs `aws ...` with these keys against the emulator; fails with `{ stderr }` when the CLI reports an error.
function aws(keys: Keys, region: string, ...args: string[]): Promise<CliOutput> {
  return runAwsCli<CliOutput>(h.url, region, { AWS_SECRET_ACCESS_KEY: 'not-a-secret', ...keys }, args);
}

async function awsError(keys: Keys, region: string, ...args: string[]): Promise<string> {
  const error = await aws(keys, region, ...args).then(() => new Error('expected the AWS CLI to fail'), (failure: unknown) => failure);
  if (error instanceof Error && 'stderr' in error) return String(error.stderr);
  throw error;
}

const arnsOf = (output: CliOutput) => (output.EventDataStores ?? []).map((store) => store.EventDataStoreArn);

// The CLI signs with botocore, sends the long X-Amz-Target form and parses STS's XML itself.
describe('the AWS CLI against an organization', () => {
  it('reaches two different sources with two different keys and regions', async () => {
    const [member, management] = await Promise.all([
      aws({ AWS_ACCESS_KEY_ID: `AKIA${SECURITY}XXXX` }, 'eu-west-1', 'cloudtrail', 'list-event-data-stores'),
      aws({ AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE' }, 'us-east-1', 'cloudtrail', 'list-event-data-stores'),
    ]);
    expect(arnsOf(member).length).toBeGreaterThan(0);
    for (const arn of arnsOf(member)) expect(arn).toMatch(new RegExp(`^arn:aws:cloudtrail:eu-west-1:${SECURITY}:`));
    for (const arn of arnsOf(management)) expect(arn).toMatch(new RegExp(`^arn:aws:cloudtrail:us-east-1:${MANAGEMENT}:`));
  });

  it('assumes a role in a member account and uses its credentials', async () => {
    const assumed = await aws({ AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE' }, 'us-east-1', 'sts', 'assume-role',
      '--role-arn', `arn:aws:iam::${DATA}:role/OrganizationAccountAccessRole`, '--role-session-name', 'cli');
    const { AccessKeyId = '', SecretAccessKey, SessionToken } = assumed.Credentials ?? {};
    const keys = { AWS_ACCESS_KEY_ID: AccessKeyId, AWS_SECRET_ACCESS_KEY: SecretAccessKey, AWS_SESSION_TOKEN: SessionToken };
    expect(await aws(keys, 'us-east-1', 'sts', 'get-caller-identity')).toMatchObject({
      Account: DATA,
      Arn: `arn:aws:sts::${DATA}:assumed-role/OrganizationAccountAccessRole/cli`,
    });
    for (const arn of arnsOf(await aws(keys, 'eu-west-1', 'cloudtrail', 'list-event-data-stores'))) {
      expect(arn).toMatch(new RegExp(`^arn:aws:cloudtrail:eu-west-1:${DATA}:`));
    }
  });

  it('lists the accounts from the management account only', async () => {
    const listed = await aws({ AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE' }, 'us-east-1', 'organizations', 'list-accounts');
    expect(listed.Accounts).toHaveLength(5);
    const denied = await awsError({ AWS_ACCESS_KEY_ID: DATA }, 'us-east-1', 'organizations', 'list-accounts');
    expect(denied).toContain('(AccessDeniedException)');
  });

  it('reports the denied account and the region without Lake by error name', async () => {
    expect(await awsError({ AWS_ACCESS_KEY_ID: SANDBOX }, 'eu-west-1', 'cloudtrail', 'list-imports')).toContain('(AccessDeniedException)');
    expect(await awsError({ AWS_ACCESS_KEY_ID: DATA }, 'ca-west-1', 'cloudtrail', 'list-imports')).toContain('(UnsupportedOperationException)');
    const denied = await awsError({ AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE' }, 'us-east-1', 'sts', 'assume-role',
      '--role-arn', `arn:aws:iam::${SANDBOX}:role/OrganizationAccountAccessRole`, '--role-session-name', 'cli');
    expect(denied).toContain('(AccessDenied)');
  });
});
