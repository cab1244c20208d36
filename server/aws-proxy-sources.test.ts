import { ListImportsCommand, StartImportCommand, StopImportCommand } from '@aws-sdk/client-cloudtrail';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeAws, type FakeAws, type TestKey } from '../testing/fake-aws.ts';
import {
  isolateAwsEnvironment, NO_RATE_LIMIT, sourceClient, startProxyFor, writeProfiles, type ProxyServer,
} from '../testing/aws-proxy-harness.ts';
import { createRateLimiter } from './rate-limit.ts';
import type { SourcePlan } from './source-plan.ts';

const PROD: TestKey = {
  accessKeyId: 'AKIAFAKEPRODUCTION01', secretAccessKey: 'secret-prod', account: '111122223333', arn: 'arn:aws:iam::111122223333:user/alice',
};
const BASE: TestKey = {
  accessKeyId: 'ASIAFAKEBASESESSION1', secretAccessKey: 'secret-base', sessionToken: 'token-base',
  account: '123456789012', arn: 'arn:aws:sts::123456789012:assumed-role/DashboardOperator/alice',
};
const MEMBER = '210987654321';
const MEMBER_ROLE = `arn:aws:iam::${MEMBER}:role/CloudTrailImportsDashboardRead`;
const IMPORT_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const REGIONS = ['us-east-1', 'eu-west-1'];
const SOURCES = [
  ...REGIONS.map((region) => ({ account: PROD.account, region })),
  ...REGIONS.map((region) => ({ account: MEMBER, region })),
];

function plan(readOnly: boolean): SourcePlan {
  return { regions: REGIONS, accounts: [{ kind: 'profile', profile: 'prod' }, { kind: 'role', roleArn: MEMBER_ROLE, profile: 'base' }], readOnly };
}

let fake: FakeAws;
let proxy: ProxyServer;
let readOnlyProxy: ProxyServer;

beforeAll(async () => {
  fake = await startFakeAws({ regions: REGIONS, keys: [PROD, BASE], roles: [{ arn: MEMBER_ROLE, trustedAccounts: [BASE.account] }] });
  isolateAwsEnvironment({ AWS_ENDPOINT_URL: fake.url });
  writeProfiles({ prod: PROD, base: BASE });
  proxy = await startProxyFor(plan(false), { rateLimiter: NO_RATE_LIMIT });
  readOnlyProxy = await startProxyFor(plan(true), { rateLimiter: NO_RATE_LIMIT });
});

afterAll(async () => {
  await Promise.all([proxy.close(), readOnlyProxy.close(), fake.close()]);
});

async function listImports(base: string, account: string, region: string): Promise<void> {
  const client = sourceClient(base, account, region);
  try {
    await client.send(new ListImportsCommand({}));
  } finally {
    client.destroy();
  }
}

/** Who a key belongs to: a profile of the credentials file, or a session that sts:AssumeRole issued. */
function signer(accessKeyId: string): string {
  if (accessKeyId === PROD.accessKeyId) return 'profile prod';
  const assumed = fake.assumed.find((role) => role.issued.accessKeyId === accessKeyId);
  return assumed === undefined ? `unknown key ${accessKeyId}` : `${assumed.roleArn} assumed by ${assumed.callerArn}`;
}

function post(base: string, headers: Record<string, string>): Promise<Response> {
  return fetch(`${base}/cloudtrail/`, {
    method: 'POST', body: '{}', headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'CloudTrail_20131101.ListImports', ...headers },
  });
}

describe('the AWS proxy with several sources', () => {
  it('signs each request for its own source\'s account, role session and region', async () => {
    fake.calls.length = 0;
    for (const { account, region } of SOURCES) await listImports(proxy.base, account, region);
    expect(fake.calls.map(({ account, roleSession, region, accessKeyId }) => ({ account, roleSession, region, signedBy: signer(accessKeyId) }))).toEqual([
      { account: PROD.account, roleSession: undefined, region: 'us-east-1', signedBy: 'profile prod' },
      { account: PROD.account, roleSession: undefined, region: 'eu-west-1', signedBy: 'profile prod' },
      { account: MEMBER, roleSession: 'cloudtrail-imports-dashboard', region: 'us-east-1', signedBy: `${MEMBER_ROLE} assumed by ${BASE.arn}` },
      { account: MEMBER, roleSession: 'cloudtrail-imports-dashboard', region: 'eu-west-1', signedBy: `${MEMBER_ROLE} assumed by ${BASE.arn}` },
    ]);
    expect(proxy.logs).toContainEqual(expect.stringMatching(new RegExp(`^ListImports ${MEMBER}/eu-west-1 200 \\d+ ms$`)));
  });

  it('sends a request without an Authorization header to the first source', async () => {
    fake.calls.length = 0;
    expect((await post(proxy.base, {})).status).toBe(200);
    expect(fake.calls).toEqual([expect.objectContaining({ account: PROD.account, region: 'us-east-1' })]);
  });

  it('refuses a source it does not watch, and an Authorization header that names none, without asking AWS', async () => {
    const before = fake.received;
    for (const [account, region] of [['999999999999', 'us-east-1'], [PROD.account, 'ap-south-1']]) {
      await expect(listImports(proxy.base, account, region)).rejects.toMatchObject({
        name: 'AccessDeniedException',
        message: `Account ${account} in ${region} is not one of this dashboard's sources.`,
        $metadata: { httpStatusCode: 403 },
      });
    }
    const unreadable = await post(proxy.base, { Authorization: 'Bearer something' });
    expect(unreadable.status).toBe(403);
    expect(await unreadable.json()).toMatchObject({ __type: 'AccessDeniedException', Message: expect.stringContaining('names no source') });
    expect(fake.received).toBe(before);
    expect(proxy.logs).toContainEqual(expect.stringMatching(/^ListImports 999999999999\/us-east-1 403 AccessDeniedException \d+ ms$/));
  });

  it('refuses StartImport and StopImport for every source with --read-only, and still reads', async () => {
    const before = fake.received;
    for (const { account, region } of SOURCES) {
      const client = sourceClient(readOnlyProxy.base, account, region);
      const writes = [() => client.send(new StartImportCommand({ ImportId: IMPORT_ID })), () => client.send(new StopImportCommand({ ImportId: IMPORT_ID }))];
      for (const write of writes) {
        await expect(write()).rejects.toMatchObject({ name: 'AccessDeniedException', message: expect.stringContaining('--read-only') });
      }
      client.destroy();
    }
    expect(fake.received).toBe(before);
    await listImports(readOnlyProxy.base, MEMBER, 'eu-west-1');
  });

  it('after a credential error reads only that source\'s credentials again', async () => {
    await listImports(proxy.base, MEMBER, 'us-east-1');
    const first = fake.assumed.length;
    const expiring = fake.keys.get(fake.calls.at(-1)?.accessKeyId ?? '');
    if (expiring) expiring.expired = true;
    // New keys for the profile in the file: a source that read its credentials again would sign with them.
    writeProfiles({ prod: { ...PROD, accessKeyId: 'AKIAFAKEPRODUCTION02', secretAccessKey: 'secret-prod-2' }, base: BASE });
    fake.keys.set('AKIAFAKEPRODUCTION02', { ...PROD, accessKeyId: 'AKIAFAKEPRODUCTION02', secretAccessKey: 'secret-prod-2' });
    await expect(listImports(proxy.base, MEMBER, 'us-east-1')).rejects.toMatchObject({ name: 'ExpiredTokenException' });
    fake.calls.length = 0;
    await listImports(proxy.base, MEMBER, 'us-east-1');
    await listImports(proxy.base, PROD.account, 'us-east-1');
    expect(fake.assumed).toHaveLength(first + 1);
    expect(fake.calls.map((call) => call.accessKeyId)).toEqual([fake.assumed.at(-1)?.issued.accessKeyId, PROD.accessKeyId]);
    writeProfiles({ prod: PROD, base: BASE });
  });
});

describe('member role sessions', () => {
  it('are assumed again five minutes before they end, so no request signs with an expiring session', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.UTC(2026, 10, 28, 12, 0, 0));
      const fresh = await startProxyFor(plan(true), { rateLimiter: NO_RATE_LIMIT });
      const assumedAtStart = fake.assumed.length;
      await listImports(fresh.base, MEMBER, 'eu-west-1');
      vi.setSystemTime(Date.UTC(2026, 10, 28, 12, 54, 0));
      await listImports(fresh.base, MEMBER, 'eu-west-1');
      expect(fake.assumed).toHaveLength(assumedAtStart);
      vi.setSystemTime(Date.UTC(2026, 10, 28, 12, 56, 0));
      await listImports(fresh.base, MEMBER, 'eu-west-1');
      expect(fake.assumed).toHaveLength(assumedAtStart + 1);
      expect(fake.calls.at(-1)?.accessKeyId).toBe(fake.assumed.at(-1)?.issued.accessKeyId);
      await fresh.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('that cannot be assumed leave their source in the page, answering AccessDeniedException', async () => {
    const denied = '333344445555';
    const roleArn = `arn:aws:iam::${denied}:role/CloudTrailImportsDashboardRead`;
    const partial = await startProxyFor({ ...plan(true), accounts: [{ kind: 'profile', profile: 'prod' }, { kind: 'role', roleArn, profile: 'base' }] });
    try {
      expect(partial.warnings).toEqual([expect.stringContaining(`account ${denied}, role ${roleArn}`)]);
      const config = await (await fetch(`${partial.base}/config`)).json();
      expect(config.sources).toContainEqual({ account: denied, region: 'eu-west-1' });
      await expect(listImports(partial.base, denied, 'eu-west-1')).rejects.toMatchObject({
        name: 'AccessDeniedException', message: expect.stringContaining('is not authorized to perform: sts:AssumeRole'), $metadata: { httpStatusCode: 403 },
      });
      await listImports(partial.base, PROD.account, 'eu-west-1');
    } finally {
      await partial.close();
    }
  });
});

describe('the proxy\'s rate guard', () => {
  it('keeps each source to 10 List and Get requests and 1 StartImport or StopImport a second, answering ThrottlingException', async () => {
    let now = 0;
    const limited = await startProxyFor(plan(false), { rateLimiter: createRateLimiter(undefined, () => now) });
    try {
      const before = fake.received;
      const statuses = [];
      for (let i = 0; i < 11; i++) statuses.push((await post(limited.base, {})).status);
      expect(statuses).toEqual([...Array(10).fill(200), 400]);
      const throttled = await post(limited.base, {});
      expect(throttled.headers.get('x-amzn-errortype')).toBe('ThrottlingException');
      expect(await throttled.json()).toMatchObject({ __type: 'ThrottlingException', Message: expect.stringContaining('10 List and Get requests per second') });
      await listImports(limited.base, MEMBER, 'eu-west-1');
      now += 100;
      expect((await post(limited.base, {})).status).toBe(200);
      expect((await post(limited.base, {})).status).toBe(400);
      const start = { 'X-Amz-Target': 'CloudTrail_20131101.StartImport' };
      expect([(await post(limited.base, start)).status, (await post(limited.base, start)).status]).toEqual([200, 400]);
      now += 1000;
      expect((await post(limited.base, start)).status).toBe(200);
      // 10 reads, the other source's read, 1 read after 100 ms, 1 StartImport, 1 StartImport a second later.
      expect(fake.received - before).toBe(14);
    } finally {
      await limited.close();
    }
  });
});
