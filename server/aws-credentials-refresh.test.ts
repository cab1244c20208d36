import { writeFileSync } from 'node:fs';
import { ListImportsCommand, type CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAws, type FakeAws, type TestKey } from '../testing/fake-aws.ts';
import {
  browserLikeClient, isolateAwsEnvironment, startProxyServer, TEST_REGION, writeCredentialsFile, type ProxyServer,
} from '../testing/aws-proxy-harness.ts';

const PROFILE = 'dashboard';
const ACCOUNT = '444455556666';

function userKey(n: number): TestKey {
  return {
    accessKeyId: `AKIAFAKEROTATED0000${n}`,
    secretAccessKey: `fake-secret-for-rotated-key-000${n}`,
    account: ACCOUNT,
    arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
  };
}

let fake: FakeAws;
let proxy: ProxyServer;
let client: CloudTrailClient;

beforeAll(async () => {
  fake = await startFakeAws({ region: TEST_REGION, keys: [userKey(1)] });
  isolateAwsEnvironment({ AWS_ENDPOINT_URL: fake.url });
  writeCredentialsFile(PROFILE, userKey(1));
  proxy = await startProxyServer({ readOnly: false, profile: PROFILE });
  client = browserLikeClient(proxy.base);
});

afterAll(async () => {
  client.destroy();
  await Promise.all([proxy.close(), fake.close()]);
});

function rotateTo(key: TestKey): void {
  for (const known of fake.keys.values()) known.expired = true;
  fake.keys.set(key.accessKeyId, key);
  writeCredentialsFile(PROFILE, key);
}

const listImports = () => client.send(new ListImportsCommand({}));
const lastSigner = () => fake.calls.at(-1)?.accessKeyId;

describe('credentials that change while the proxy runs', () => {
  it('signs with the profile from the shared credentials file', async () => {
    await listImports();
    expect(lastSigner()).toBe(userKey(1).accessKeyId);
  });

  it('passes an expiry through with its request id, then signs with the new credentials without a restart', async () => {
    rotateTo(userKey(2));
    await expect(listImports()).rejects.toMatchObject({
      name: 'ExpiredTokenException',
      $metadata: { httpStatusCode: 400, requestId: expect.stringMatching(/.+/) },
    });
    await listImports();
    expect(lastSigner()).toBe(userKey(2).accessKeyId);
  });

  it('answers a clear AWS-shaped error while no credentials can be found, and recovers when they come back', async () => {
    for (const known of fake.keys.values()) known.expired = true;
    writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE ?? '', '');
    await expect(listImports()).rejects.toMatchObject({ name: 'ExpiredTokenException' });
    const before = fake.received;
    await expect(listImports()).rejects.toMatchObject({
      name: 'CredentialsProviderError',
      message: expect.stringContaining('aws sso login'),
      $metadata: { httpStatusCode: 403 },
    });
    expect(fake.received).toBe(before);
    rotateTo(userKey(3));
    await listImports();
    expect(lastSigner()).toBe(userKey(3).accessKeyId);
  });

  it('never logs the keys', () => {
    const text = proxy.logs.join('\n');
    for (const n of [1, 2, 3]) expect(text).not.toContain(userKey(n).secretAccessKey);
    expect(proxy.logs).toContainEqual(expect.stringMatching(/^ListImports 444455556666\/eu-west-2 403 CredentialsProviderError \d+ ms$/));
  });

  it('answers ServiceUnavailable when AWS cannot be reached', async () => {
    await fake.close();
    await expect(listImports()).rejects.toMatchObject({ name: 'ServiceUnavailable', $metadata: { httpStatusCode: 503 } });
  });
});
