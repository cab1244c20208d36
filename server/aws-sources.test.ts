import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAws, type FakeAws, type TestKey } from '../testing/fake-aws.ts';
import { isolateAwsEnvironment, startProxyFor, writeProfiles, type ProxyServer } from '../testing/aws-proxy-harness.ts';
import { AwsSetupError } from './aws-setup-error.ts';
import { setUpAwsMode } from './aws-mode.ts';
import { partitionRegions } from './aws-regions.ts';
import type { SourcePlan } from './source-plan.ts';

const READ_ROLE = 'CloudTrailImportsDashboardRead';

function key(name: string, account: string, arn: string): TestKey {
  return { accessKeyId: `ASIAFAKE${name.toUpperCase().padEnd(12, 'X')}`, secretAccessKey: `secret-${name}`, sessionToken: `token-${name}`, account, arn };
}

const PROD = key('prod', '111122223333', 'arn:aws:sts::111122223333:assumed-role/DashboardReader/alice');
const DEV = key('dev', '444455556666', 'arn:aws:sts::444455556666:assumed-role/DashboardReader/alice');
// An SSO session in the management account: role credentials, so member sessions are chained.
const MGMT = key('mgmt', '123456789012', 'arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_OrgReader/alice');
const memberRole = (account: string) => `arn:aws:iam::${account}:role/${READ_ROLE}`;

let fake: FakeAws;

beforeAll(async () => {
  fake = await startFakeAws({
    regions: ['us-east-1', 'eu-west-1', 'eu-west-2'],
    unsupportedRegions: ['ca-west-1'],
    keys: [PROD, DEV, MGMT],
    roles: [
      { arn: memberRole('210987654321'), trustedAccounts: ['123456789012'] },
      { arn: memberRole('345678901234'), trustedAccounts: ['123456789012'] },
    ],
    organization: {
      managementAccount: '123456789012',
      pageSize: 2,
      accounts: [
        { id: '123456789012', name: 'management' },
        { id: '345678901234', name: 'prod-payments' },
        { id: '210987654321', name: 'security-tooling' },
        { id: '589104736221', name: 'closing', state: 'SUSPENDED' },
        { id: '666677778888', name: 'no-role-yet' },
        { id: '777788889999', name: 'skipped' },
      ],
    },
  });
  isolateAwsEnvironment({ AWS_ENDPOINT_URL: fake.url });
  writeProfiles({ prod: PROD, dev: DEV, mgmt: MGMT });
});

afterAll(() => fake.close());

async function withProxy(plan: SourcePlan, check: (proxy: ProxyServer) => Promise<void> | void): Promise<void> {
  const proxy = await startProxyFor(plan);
  try {
    await check(proxy);
  } finally {
    await proxy.close();
  }
}

const pageSources = async (proxy: ProxyServer) => (await (await fetch(`${proxy.base}/config`)).json()).sources;

describe('building the sources', () => {
  it('makes one source per profile and region, each profile signing for its own account', async () => {
    const plan: SourcePlan = {
      regions: ['us-east-1', 'eu-west-1'],
      accounts: [{ kind: 'profile', profile: 'prod' }, { kind: 'profile', profile: 'dev', name: 'Development' }],
      readOnly: true,
    };
    await withProxy(plan, async (proxy) => {
      expect(await pageSources(proxy)).toEqual([
        { account: '111122223333', accountName: 'prod', region: 'us-east-1' },
        { account: '111122223333', accountName: 'prod', region: 'eu-west-1' },
        { account: '444455556666', accountName: 'Development', region: 'us-east-1' },
        { account: '444455556666', accountName: 'Development', region: 'eu-west-1' },
      ]);
      expect(proxy.summary).toContain('  444455556666 (Development) eu-west-1: profile dev');
      expect(proxy.summary).toContain('Sources: 4 (2 accounts, 2 regions)');
      expect(proxy.warnings).toEqual([]);
    });
  });

  it('leaves out a profile without credentials with a warning, and keeps running with the others', async () => {
    const plan: SourcePlan = { regions: ['eu-west-2'], accounts: [{ kind: 'profile', profile: 'ghost' }, { kind: 'profile', profile: 'dev' }], readOnly: true };
    await withProxy(plan, async (proxy) => {
      expect(await pageSources(proxy)).toEqual([{ account: '444455556666', accountName: 'dev', region: 'eu-west-2' }]);
      expect(proxy.warnings).toEqual([expect.stringMatching(/^profile ghost: .*left out, since its account is unknown/)]);
    });
  });

  it('with --org lists the organization, signs for the management account with the base credentials and assumes the member role elsewhere', async () => {
    fake.assumed.length = 0;
    fake.organizationsCalls.length = 0;
    const org = { memberRoleName: READ_ROLE, profile: 'mgmt', skipAccounts: ['777788889999'] };
    const plan: SourcePlan = { regions: ['us-east-1'], accounts: [], org, readOnly: true };
    await withProxy(plan, async (proxy) => {
      expect(await pageSources(proxy)).toEqual([
        { account: '123456789012', accountName: 'management', region: 'us-east-1' },
        { account: '666677778888', accountName: 'no-role-yet', region: 'us-east-1' },
        { account: '345678901234', accountName: 'prod-payments', region: 'us-east-1' },
        { account: '210987654321', accountName: 'security-tooling', region: 'us-east-1' },
      ]);
      expect(fake.organizationsCalls.filter((call) => call.operation === 'ListAccounts')).toHaveLength(3);
      expect(fake.assumed.map(({ roleArn, sessionName, durationSeconds, callerArn }) => ({ roleArn, sessionName, durationSeconds, callerArn })))
        .toEqual(['345678901234', '210987654321'].map((account) => ({
          roleArn: memberRole(account), sessionName: 'cloudtrail-imports-dashboard', durationSeconds: 3600, callerArn: MGMT.arn,
        })));
      expect(proxy.summary).toContain('  123456789012 (management) us-east-1: profile mgmt');
      const member = `role ${memberRole('210987654321')} (session cloudtrail-imports-dashboard) over profile mgmt`;
      expect(proxy.summary).toContain(`  210987654321 (security-tooling) us-east-1: ${member}`);
      expect(proxy.warnings).toEqual([expect.stringMatching(
        /^account 666677778888 \(no-role-yet\), role .* failed its identity check: AccessDenied: User: .* is not authorized to perform: sts:AssumeRole/,
      )]);
    });
  });

  it('with --regions all keeps the regions where CloudTrail Lake answers and says why it left out the others', async () => {
    fake.calls.length = 0;
    await withProxy({ regions: 'all', accounts: [{ kind: 'profile', profile: 'prod' }], readOnly: true }, async (proxy) => {
      expect((await pageSources(proxy)).map((source: { region: string }) => source.region)).toEqual(['eu-west-1', 'eu-west-2', 'us-east-1']);
      const answered = fake.calls.filter((call) => call.operation === 'ListEventDataStores').map((call) => call.region);
      expect(answered.sort()).toEqual(['ca-west-1', 'eu-west-1', 'eu-west-2', 'us-east-1']);
      const leftOut = proxy.summary.flatMap((line) => /^Region (\S+) left out/.exec(line)?.[1] ?? []);
      expect([...leftOut, 'eu-west-1', 'eu-west-2', 'us-east-1'].sort()).toEqual(await partitionRegions('us-east-1'));
      expect(leftOut).toEqual(expect.arrayContaining(['ap-southeast-2', 'sa-east-1', 'eu-central-1']));
      expect(proxy.summary).toContain('Region ca-west-1 left out: no CloudTrail Lake (UnsupportedOperationException)');
      expect(proxy.summary).toContain('Region ap-southeast-2 left out: not enabled for this account (UnrecognizedClientException)');
    });
  });

  it('stops with every failure listed when no source has usable credentials', async () => {
    const accounts: SourcePlan['accounts'] = [{ kind: 'profile', profile: 'ghost' }, { kind: 'role', roleArn: memberRole('999999999999') }];
    const plan: SourcePlan = { regions: ['us-east-1'], accounts, readOnly: true };
    const setUp = setUpAwsMode({ plan, log: () => undefined });
    await expect(setUp).rejects.toBeInstanceOf(AwsSetupError);
    await expect(setUp).rejects.toThrow(
      /No source has usable AWS credentials:\n {2}- profile ghost: .*\n {2}- 999999999999 \(role arn:aws:iam::999999999999:role\/CloudTrailImportsDashboardRead/,
    );
    const org = { memberRoleName: READ_ROLE, profile: 'ghost', skipAccounts: [] };
    const orgOnly = setUpAwsMode({ plan: { regions: ['us-east-1'], accounts: [], org, readOnly: true }, log: () => undefined });
    await expect(orgOnly).rejects.toThrow(/No source has usable AWS credentials:\n {2}- --org: profile ghost did not answer sts:GetCallerIdentity/);
  });
});
