import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_KEY, TEST_REGION } from '../../testing/aws-proxy-harness.ts';
import { startFakeAws, type FakeAws } from '../../testing/fake-aws.ts';
import { DashboardStack } from '../dashboard-stack.ts';
import { deploySettingsFrom } from '../settings.ts';
import { at } from './synthesize.ts';

// What `npm run deploy:synth` does, with a stand-in page: esbuild bundles the function, and CDK's
// built-in CloudFormation validation checks the template.
let outdir: string;
let assetDir: string;
let fake: FakeAws;

beforeAll(async () => {
  const pageDir = mkdtempSync(join(tmpdir(), 'page-'));
  mkdirSync(join(pageDir, 'assets'));
  writeFileSync(join(pageDir, 'index.html'), '<!doctype html><html><head><title>Imports</title></head><body></body></html>\n');
  outdir = mkdtempSync(join(tmpdir(), 'cdk-out-'));
  const app = new App({ outdir, context: { 'aws:cdk:enable-asset-metadata': true } });
  const stack = new DashboardStack(app, deploySettingsFrom(() => undefined), { pageDir });
  const assembly = app.synth();
  const template: unknown = assembly.getStackByName(stack.stackName).template;
  const resources = at(template, 'Resources') ?? {};
  const server = Object.values(resources).find((resource) => at(resource, 'Properties', 'Runtime') !== undefined
    && JSON.stringify(at(resource, 'Properties', 'Environment')).includes('DASHBOARD_SERVER_ARGS'));
  assetDir = join(outdir, String(at(server, 'Metadata', 'aws:asset:path')));
  fake = await startFakeAws({ region: TEST_REGION, keys: [SESSION_KEY] });
}, 180_000);

afterAll(() => fake?.close());

// The function logs to stdout; the driver's answer is the line after this marker.
const RESULTS = 'RESULTS ';

/** Runs events through the bundled handler in a plain Node process, as the Lambda runtime loads it. */
function invokeBundle(events: object[]): Promise<{ statusCode: number; headers: Record<string, string>; body: string }[]> {
  const driver = `const RESULTS = ${JSON.stringify(RESULTS)};
    const { handler } = await import(${JSON.stringify(join(assetDir, 'index.mjs'))});
    const results = [];
    for (const event of ${JSON.stringify(events)}) results.push(await handler(event));
    // The server it started keeps listening, as it does between invocations in Lambda.
    process.stdout.write('\\n' + RESULTS + JSON.stringify(results) + '\\n', () => process.exit(0));`;
  const env = {
    PATH: process.env.PATH, HOME: mkdtempSync(join(tmpdir(), 'aws-home-')), LAMBDA_TASK_ROOT: assetDir,
    AWS_REGION: TEST_REGION, AWS_ENDPOINT_URL: fake.url, AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ACCESS_KEY_ID: SESSION_KEY.accessKeyId, AWS_SECRET_ACCESS_KEY: SESSION_KEY.secretAccessKey, AWS_SESSION_TOKEN: SESSION_KEY.sessionToken,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    DASHBOARD_SERVER_ARGS: '["--read-only"]', DASHBOARD_USER_POOL_ID: 'eu-west-2_Ab12Cd34E',
    DASHBOARD_USER_POOL_CLIENT_ID: '4s2kdm5ninlkq1c0example0a', DASHBOARD_SIGN_IN_DOMAIN: 'https://imports.auth.eu-west-2.amazoncognito.com',
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', driver], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = stdout.split('\n').find((text) => text.startsWith(RESULTS));
      if (code === 0 && line !== undefined) resolve(JSON.parse(line.slice(RESULTS.length)));
      else reject(new Error(`exit ${code}: ${stdout}\n${stderr}`));
    });
  });
}

function event(method: string, path: string, headers: Record<string, string>): object {
  return {
    version: '2.0', rawPath: path, rawQueryString: '', cookies: [], isBase64Encoded: false, body: method === 'POST' ? '{}' : undefined,
    headers: { 'x-dashboard-public-host': 'd111111abcdef8.cloudfront.net', ...headers }, requestContext: { http: { method } },
  };
}

describe('the bundled function', () => {
  it('is one ES module with the built page beside it, from a template CloudFormation validation passes', () => {
    expect(existsSync(join(assetDir, 'index.mjs'))).toBe(true);
    expect(readFileSync(join(assetDir, 'dist/index.html'), 'utf8')).toContain('<title>Imports</title>');
    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8'));
    expect(report.pluginReports.flatMap((plugin: { violations: unknown[] }) => plugin.violations)).toEqual([]);
  });

  it('starts in --aws mode against the fake AWS, sends a visitor to sign in and refuses an API call without a session', async () => {
    const [page, api] = await invokeBundle([
      event('GET', '/', {}),
      event('POST', '/cloudtrail/', { origin: 'https://d111111abcdef8.cloudfront.net', 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'CloudTrail_20131101.ListImports' }),
    ]);
    expect(page.statusCode).toBe(302);
    expect(page.headers.location).toMatch(/^https:\/\/imports\.auth\.eu-west-2\.amazoncognito\.com\/oauth2\/authorize\?response_type=code&client_id=4s2kdm5ninlkq1c0example0a&/);
    expect(api.statusCode).toBe(401);
    expect(fake.calls).toEqual([]);
    // Setting up --aws mode asked STS who the function is, signed with its credentials.
    expect(fake.received).toBeGreaterThan(0);
  }, 60_000);
});
