import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFunctionUrlHandler, type FunctionUrlHandler } from '../../server/lambda-handler.ts';
import type { FunctionUrlEvent, FunctionUrlResult } from '../../server/lambda-function-url.ts';
import { isolateAwsEnvironment, SESSION_KEY, TEST_REGION } from '../../testing/aws-proxy-harness.ts';
import { startFakeAws, type FakeAws } from '../../testing/fake-aws.ts';
import { CLIENT_ID, testUserPool, USER_POOL_ID } from './cognito-tokens.ts';
import { startFakeCognito, type FakeCognito } from './fake-cognito.ts';

const PUBLIC_HOST = 'd111111abcdef8.cloudfront.net';
const SESSION = '__Host-imports-dashboard-session';
const pool = testUserPool();

let fake: FakeAws;
let cognito: FakeCognito;
let handler: FunctionUrlHandler;
const logs: string[] = [];

beforeAll(async () => {
  fake = await startFakeAws({ region: TEST_REGION, keys: [SESSION_KEY] });
  cognito = await startFakeCognito(() => pool.accessToken({ username: 'bob' }));
  isolateAwsEnvironment({
    AWS_REGION: TEST_REGION,
    AWS_ENDPOINT_URL: fake.url,
    AWS_ACCESS_KEY_ID: SESSION_KEY.accessKeyId,
    AWS_SECRET_ACCESS_KEY: SESSION_KEY.secretAccessKey,
    AWS_SESSION_TOKEN: SESSION_KEY.sessionToken ?? '',
  });
  // What the stack puts in the function's environment, but for a read-write deployment.
  const env = {
    ...process.env,
    DASHBOARD_SERVER_ARGS: '[]',
    DASHBOARD_USER_POOL_ID: USER_POOL_ID,
    DASHBOARD_USER_POOL_CLIENT_ID: CLIENT_ID,
    DASHBOARD_SIGN_IN_DOMAIN: cognito.url,
  };
  handler = createFunctionUrlHandler({ env, distDir: join(tmpdir(), 'no-such-dist'), log: (line) => logs.push(line), jwks: pool.jwks });
});

afterAll(async () => {
  await Promise.all([fake.close(), cognito.close()]);
});

/** The recorded ListImports event, with a session cookie (or none) and changes. */
function recordedEvent(session: string | undefined, changes: Partial<FunctionUrlEvent> = {}): FunctionUrlEvent {
  const event: FunctionUrlEvent = JSON.parse(readFileSync(new URL('./function-url-event.json', import.meta.url), 'utf8'));
  event.cookies = session === undefined ? [] : [`${SESSION}=${session}`];
  return { ...event, ...changes };
}

function pageEvent(path: string, query: string, cookies: string[] = []): FunctionUrlEvent {
  return recordedEvent(undefined, {
    rawPath: path, rawQueryString: query, cookies, body: undefined, isBase64Encoded: false,
    headers: { 'x-dashboard-public-host': PUBLIC_HOST, accept: 'text/html' }, requestContext: { http: { method: 'GET' } },
  });
}

function bodyOf(result: FunctionUrlResult): string {
  return Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8').toString('utf8');
}

describe('the Lambda entry point behind CloudFront', () => {
  it('re-signs a signed-in ListImports with the function role and relays the answer', async () => {
    fake.calls.length = 0;
    const result = await handler(recordedEvent(pool.accessToken()));
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(bodyOf(result))).toEqual({});
    expect(result.headers['x-amzn-requestid']).toMatch(/\S/);
    expect(fake.calls).toEqual([expect.objectContaining({
      operation: 'ListImports', body: '{"MaxResults":1000}', accessKeyId: SESSION_KEY.accessKeyId, region: TEST_REGION, service: 'cloudtrail',
    })]);
    expect(fake.calls[0].headers.cookie).toBeUndefined();
    expect(logs).toContain('alice: ListImports');
  });

  it('hands the browser\'s credential scope to the server, which picks the source from it', async () => {
    const before = fake.received;
    const event = recordedEvent(pool.accessToken());
    const otherAccount = 'AWS4-HMAC-SHA256 Credential=999999999999/20261202/eu-west-2/cloudtrail/aws4_request, SignedHeaders=host, Signature=00';
    const result = await handler({ ...event, headers: { ...event.headers, 'x-dashboard-viewer-authorization': otherAccount } });
    expect(result.statusCode).toBe(403);
    expect(JSON.parse(bodyOf(result))).toMatchObject({ __type: 'AccessDeniedException', Message: expect.stringContaining('999999999999') });
    expect(fake.received).toBe(before);
  });

  it('refuses an API request without a session, even one that names a user, without asking AWS', async () => {
    const before = fake.received;
    const result = await handler(recordedEvent(undefined));
    expect(result.statusCode).toBe(401);
    expect(JSON.parse(bodyOf(result))).toMatchObject({ __type: 'NotAuthorizedException' });
    expect(result.headers['cache-control']).toBe('no-store');
    expect(fake.received).toBe(before);
  });

  it('refuses tokens that are expired, forged or issued to another app client', async () => {
    const before = fake.received;
    const now = Math.floor(Date.now() / 1000);
    const forged = testUserPool().accessToken();
    for (const token of [pool.accessToken({ exp: now - 60 }), pool.accessToken({ client_id: 'another-client' }), forged, 'not-a-jwt']) {
      expect((await handler(recordedEvent(token))).statusCode).toBe(401);
    }
    expect(fake.received).toBe(before);
  });

  it('refuses a signed-in request from another site, and one not sent through CloudFront', async () => {
    const before = fake.received;
    const event = recordedEvent(pool.accessToken());
    const foreign = await handler({ ...event, headers: { ...event.headers, origin: 'https://attacker.example' } });
    expect(foreign.statusCode).toBe(403);
    const direct = await handler({ ...event, headers: { ...event.headers, 'x-dashboard-public-host': undefined } });
    expect(direct.statusCode).toBe(403);
    expect(fake.received).toBe(before);
  });

  it('sends a visitor without a session to the hosted sign-in with PKCE, and signs them in on the way back', async () => {
    const visit = await handler(pageEvent('/', 'import=abc'));
    expect(visit.statusCode).toBe(302);
    const authorize = new URL(visit.headers.location ?? '');
    expect(authorize.origin + authorize.pathname).toBe(`${cognito.url}/oauth2/authorize`);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      response_type: 'code', client_id: CLIENT_ID, redirect_uri: `https://${PUBLIC_HOST}/auth/callback`, code_challenge_method: 'S256',
    });
    const [signInCookie] = visit.cookies;
    expect(signInCookie).toMatch(/^__Host-imports-dashboard-sign-in=[^;]+; Max-Age=600; Path=\/; Secure; HttpOnly; SameSite=Lax$/);

    const code = cognito.issueCode(authorize.searchParams.get('code_challenge') ?? '');
    const state = authorize.searchParams.get('state') ?? '';
    const back = await handler(pageEvent('/auth/callback', `code=${code}&state=${state}`, [signInCookie.split(';')[0]]));
    expect(back.statusCode).toBe(302);
    expect(back.headers.location).toBe('/?import=abc');
    const session = back.cookies.find((cookie) => cookie.startsWith(`${SESSION}=`)) ?? '';
    expect(session).toMatch(/; Path=\/; Secure; HttpOnly; SameSite=Lax$/);
    expect(cognito.tokenRequests.at(-1)?.get('redirect_uri')).toBe(`https://${PUBLIC_HOST}/auth/callback`);

    fake.calls.length = 0;
    const listing = await handler(recordedEvent(session.split(';')[0].slice(SESSION.length + 1)));
    expect(listing.statusCode).toBe(200);
    expect(logs).toContain('bob: ListImports');
  });

  it('refuses a callback whose state is not the one this browser started with', async () => {
    const visit = await handler(pageEvent('/auth/sign-in', ''));
    const authorize = new URL(visit.headers.location ?? '');
    const code = cognito.issueCode(authorize.searchParams.get('code_challenge') ?? '');
    const back = await handler(pageEvent('/auth/callback', `code=${code}&state=forged`, [visit.cookies[0].split(';')[0]]));
    expect(back.statusCode).toBe(400);
    expect(back.cookies.some((cookie) => cookie.startsWith(`${SESSION}=`))).toBe(false);
  });

  it('signs out by dropping the session and ending the hosted session too', async () => {
    const out = await handler(pageEvent('/auth/sign-out', '', [`${SESSION}=${pool.accessToken()}`]));
    expect(out.statusCode).toBe(302);
    expect(out.headers.location).toBe(`${cognito.url}/logout?client_id=${CLIENT_ID}&logout_uri=${encodeURIComponent(`https://${PUBLIC_HOST}/auth/signed-out`)}`);
    expect(out.cookies).toEqual([`${SESSION}=; Max-Age=0; Path=/; Secure; HttpOnly; SameSite=Lax`]);
  });

  it('keeps the page security headers on what it answers itself', async () => {
    const page = await handler(pageEvent('/auth/signed-out', ''));
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
  });
});
