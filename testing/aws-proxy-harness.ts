import { createServer } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { createApp } from '../server/app.ts';
import { setUpAwsMode } from '../server/aws-mode.ts';
import type { RateLimiter } from '../server/rate-limit.ts';
import { allowedHosts } from '../server/request-guard.ts';
import { planSources, type SourcePlan } from '../server/source-plan.ts';
import type { TestKey } from './fake-aws.ts';

export const TEST_REGION = 'eu-west-2';

export const SESSION_KEY: TestKey = {
  accessKeyId: 'ASIAFAKESESSION00001',
  secretAccessKey: 'fake-secret-for-session-key-0001',
  sessionToken: 'fake-session-token-0001',
  account: '111122223333',
  arn: 'arn:aws:sts::111122223333:assumed-role/DashboardReader/alice',
};

/** Points the SDK at the fake AWS and at files in a fresh folder, never at the real ~/.aws or instance metadata. */
export function isolateAwsEnvironment(variables: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'aws-home-'));
  for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) delete process.env[name];
  Object.assign(process.env, {
    HOME: dir,
    AWS_CONFIG_FILE: join(dir, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...variables,
  });
  return dir;
}

export function writeCredentialsFile(profile: string, key: TestKey): void {
  writeProfiles({ [profile]: key });
}

/** Replaces the shared credentials file with one profile per key. */
export function writeProfiles(profiles: Record<string, TestKey>): void {
  const lines = Object.entries(profiles).flatMap(([profile, key]) => [
    `[${profile}]`, `aws_access_key_id = ${key.accessKeyId}`, `aws_secret_access_key = ${key.secretAccessKey}`,
    ...(key.sessionToken ? [`aws_session_token = ${key.sessionToken}`] : []),
  ]);
  writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE ?? '', `${lines.join('\n')}\n`);
}

export interface ProxyServer {
  base: string;
  port: number;
  logs: string[];
  /** What it printed at start: the summary lines, then the warnings. */
  summary: string[];
  warnings: string[];
  close(): Promise<void>;
}

/** The dashboard server in AWS mode, as `npm start -- --aws --region TEST_REGION [--profile NAME]` builds it, on a free port. */
export function startProxyServer(settings: { readOnly: boolean; profile?: string; rateLimiter?: RateLimiter }): Promise<ProxyServer> {
  const plan = planSources({ region: TEST_REGION, profile: settings.profile }, undefined, settings.readOnly);
  return startProxyFor(plan, { rateLimiter: settings.rateLimiter });
}

/** Lets every request through: for tests that send faster than a page would, but check something else. */
export const NO_RATE_LIMIT: RateLimiter = () => true;

/** The dashboard server in AWS mode for any sources, as the flags and config file would plan them. */
export async function startProxyFor(plan: SourcePlan, options: { rateLimiter?: RateLimiter } = {}): Promise<ProxyServer> {
  const logs: string[] = [];
  const mode = await setUpAwsMode({ plan, log: (line) => logs.push(line), rateLimiter: options.rateLimiter });
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  server.on('request', createApp({ distDir: join(tmpdir(), 'no-such-dist'), hosts: allowedHosts('127.0.0.1', port), ...mode }));
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    logs,
    summary: mode.summary,
    warnings: mode.warnings ?? [],
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

/** A client as the page builds one per source: the account ID as access key ID, the source's region in the scope. */
export function sourceClient(base: string, account: string, region: string): CloudTrailClient {
  return new CloudTrailClient({
    endpoint: `${base}/cloudtrail`, region, credentials: { accessKeyId: account, secretAccessKey: 'not-a-secret' }, maxAttempts: 1,
  });
}

/** A client configured like the page's: same-origin endpoint, placeholder keys the proxy throws away. */
export function browserLikeClient(base: string): CloudTrailClient {
  return new CloudTrailClient({
    endpoint: `${base}/cloudtrail`,
    region: TEST_REGION,
    credentials: { accessKeyId: 'BROWSER', secretAccessKey: 'not-a-secret', sessionToken: 'browser-token' },
    maxAttempts: 1,
  });
}
