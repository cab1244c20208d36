import { request as httpRequest } from 'node:http';
import {
  GetEventDataStoreCommand, GetImportCommand, ListEventDataStoresCommand, ListImportFailuresCommand,
  ListImportsCommand, StartImportCommand, StopImportCommand, type CloudTrailClient,
} from '@aws-sdk/client-cloudtrail';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAws, type FakeAws } from '../testing/fake-aws.ts';
import {
  browserLikeClient, isolateAwsEnvironment, NO_RATE_LIMIT, SESSION_KEY, startProxyServer, TEST_REGION, type ProxyServer,
} from '../testing/aws-proxy-harness.ts';

const IMPORT_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const STORE_ARN = 'arn:aws:cloudtrail:eu-west-2:111122223333:eventdatastore/0a1b2c3d-aaaa-4a6b-8c7d-9e0f1a2b3c4d';

let fake: FakeAws;
let proxy: ProxyServer;
let readOnlyProxy: ProxyServer;
let client: CloudTrailClient;

beforeAll(async () => {
  fake = await startFakeAws({ region: TEST_REGION, keys: [SESSION_KEY] });
  isolateAwsEnvironment({
    AWS_ENDPOINT_URL: fake.url,
    AWS_ACCESS_KEY_ID: SESSION_KEY.accessKeyId,
    AWS_SECRET_ACCESS_KEY: SESSION_KEY.secretAccessKey,
    AWS_SESSION_TOKEN: SESSION_KEY.sessionToken ?? '',
  });
  proxy = await startProxyServer({ readOnly: false, rateLimiter: NO_RATE_LIMIT });
  readOnlyProxy = await startProxyServer({ readOnly: true, rateLimiter: NO_RATE_LIMIT });
  client = browserLikeClient(proxy.base);
});

afterAll(async () => {
  client.destroy();
  await Promise.all([proxy.close(), readOnlyProxy.close(), fake.close()]);
});

function post(base: string, headers: Record<string, string>, body = '{}'): Promise<Response> {
  return fetch(`${base}/cloudtrail/`, { method: 'POST', headers: { 'Content-Type': 'application/x-amz-json-1.1', ...headers }, body });
}

describe('the AWS proxy', () => {
  it('tells the page it talks to AWS, with the account from sts:GetCallerIdentity', async () => {
    const response = await fetch(`${proxy.base}/config`);
    expect(await response.json()).toEqual({
      mode: 'aws', region: TEST_REGION, account: '111122223333', readOnly: false,
      sources: [{ account: '111122223333', region: TEST_REGION }],
    });
  });

  it('signs every operation the dashboard uses with the session credentials, for CloudTrail in the chosen region', async () => {
    const sent = [
      call('ListImports', { MaxResults: 5, ImportStatus: 'FAILED' as const }, (input) => client.send(new ListImportsCommand(input))),
      call('GetImport', { ImportId: IMPORT_ID }, (input) => client.send(new GetImportCommand(input))),
      call('ListImportFailures', { ImportId: IMPORT_ID, MaxResults: 50 }, (input) => client.send(new ListImportFailuresCommand(input))),
      call('ListEventDataStores', {}, (input) => client.send(new ListEventDataStoresCommand(input))),
      call('GetEventDataStore', { EventDataStore: STORE_ARN }, (input) => client.send(new GetEventDataStoreCommand(input))),
      call('StartImport', { ImportId: IMPORT_ID }, (input) => client.send(new StartImportCommand(input))),
      call('StopImport', { ImportId: IMPORT_ID }, (input) => client.send(new StopImportCommand(input))),
    ];
    fake.calls.length = 0;
    for (const { send } of sent) await send();
    expect(fake.calls.map((received) => received.operation)).toEqual(sent.map(({ operation }) => operation));
    for (const [index, received] of fake.calls.entries()) {
      expect(received).toMatchObject({
        accessKeyId: SESSION_KEY.accessKeyId, sessionToken: SESSION_KEY.sessionToken, region: TEST_REGION, service: 'cloudtrail',
      });
      expect(JSON.parse(received.body)).toEqual(sent[index].input);
    }
  });

  it('forwards the long X-Amz-Target form the AWS CLI sends, and the body byte for byte', async () => {
    fake.calls.length = 0;
    const body = '{"MaxResults":7,  "Destination":"' + STORE_ARN + '"}';
    const response = await post(proxy.base, { 'X-Amz-Target': 'com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.ListImports' }, body);
    expect(response.status).toBe(200);
    expect(fake.calls).toEqual([expect.objectContaining({ target: 'CloudTrail_20131101.ListImports', body })]);
  });

  it('throws away the authorization, token and cookies the browser sent, and adds no CORS headers', async () => {
    fake.calls.length = 0;
    const response = await post(proxy.base, {
      'X-Amz-Target': 'CloudTrail_20131101.ListImports',
      Authorization: 'AWS4-HMAC-SHA256 Credential=BROWSER/20260101/eu-west-2/cloudtrail/aws4_request, SignedHeaders=host, Signature=00',
      'X-Amz-Security-Token': 'browser-token',
      Cookie: 'session=browser',
      Origin: proxy.base,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const [call] = fake.calls;
    expect(call.headers.authorization).toContain(`Credential=${SESSION_KEY.accessKeyId}/`);
    expect(call.headers['x-amz-security-token']).toBe(SESSION_KEY.sessionToken);
    expect(call.headers.cookie).toBeUndefined();
    expect(call.headers.origin).toBeUndefined();
  });

  it('refuses StartImport and StopImport with --read-only, without asking AWS, and still reads', async () => {
    const readOnlyClient = browserLikeClient(readOnlyProxy.base);
    const before = fake.received;
    const writes = [
      () => readOnlyClient.send(new StartImportCommand({ ImportId: IMPORT_ID })),
      () => readOnlyClient.send(new StopImportCommand({ ImportId: IMPORT_ID })),
    ];
    for (const write of writes) {
      await expect(write()).rejects.toMatchObject({
        name: 'AccessDeniedException', message: expect.stringContaining('--read-only'), $metadata: { httpStatusCode: 403 },
      });
    }
    expect(fake.received).toBe(before);
    await readOnlyClient.send(new ListImportsCommand({}));
    expect((await (await fetch(`${readOnlyProxy.base}/config`)).json()).readOnly).toBe(true);
    readOnlyClient.destroy();
  });

  it('refuses operations outside the allow-list, and bodies that are not awsJson, without asking AWS', async () => {
    const before = fake.received;
    for (const target of ['CloudTrail_20131101.DeleteEventDataStore', 'CloudTrail_20131101.CreateTrail', 'Other_20131101.ListImports']) {
      const response = await post(proxy.base, { 'X-Amz-Target': target });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ __type: 'AccessDeniedException' });
    }
    expect((await post(proxy.base, {})).status).toBe(403);
    const plainText = await post(proxy.base, { 'Content-Type': 'text/plain', 'X-Amz-Target': 'CloudTrail_20131101.ListImports' });
    expect(plainText.status).toBe(403);
    expect(fake.received).toBe(before);
  });

  it('refuses a foreign Host and a foreign Origin without asking AWS', async () => {
    const before = fake.received;
    const rebound = await rawPost(proxy.port, { Host: `attacker.example:${proxy.port}`, 'X-Amz-Target': 'CloudTrail_20131101.ListImports' });
    expect(rebound).toMatchObject({ status: 403, errorType: 'AccessDeniedException' });
    const foreign = await post(proxy.base, { Origin: 'https://attacker.example', 'X-Amz-Target': 'CloudTrail_20131101.ListImports' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('x-amzn-errortype')).toBe('AccessDeniedException');
    expect(fake.received).toBe(before);
  });

  it('refuses a body over the size limit without asking AWS', async () => {
    const before = fake.received;
    const response = await post(proxy.base, { 'X-Amz-Target': 'CloudTrail_20131101.ListImports' }, `{"NextToken":"${'x'.repeat(100_000)}"}`);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ __type: 'RequestEntityTooLargeException' });
    expect(fake.received).toBe(before);
  });

  it('logs one line per request and never a key, token or signature', async () => {
    await client.send(new ListImportsCommand({}));
    expect(proxy.logs).toContainEqual(expect.stringMatching(/^ListImports 111122223333\/eu-west-2 200 \d+ ms$/));
    expect(proxy.logs).toContainEqual(expect.stringMatching(/^DeleteEventDataStore 111122223333\/eu-west-2 403 AccessDeniedException \d+ ms$/));
    const text = proxy.logs.join('\n');
    for (const secret of [SESSION_KEY.secretAccessKey, SESSION_KEY.sessionToken ?? '', 'Signature=', 'browser-token']) {
      expect(text).not.toContain(secret);
    }
  });
});

function call<T extends object>(operation: string, input: T, send: (input: T) => Promise<unknown>) {
  return { operation, input, send: () => send(input) };
}

function rawPost(port: number, headers: Record<string, string>): Promise<{ status?: number; errorType?: string | string[] }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/cloudtrail/', headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, errorType: res.headers['x-amzn-errortype'] }));
    });
    req.on('error', reject);
    req.end('{}');
  });
}
