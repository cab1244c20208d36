import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAws, type FakeAws } from '../testing/fake-aws.ts';
import { SESSION_KEY, TEST_REGION } from '../testing/aws-proxy-harness.ts';
import { dashboardUrl, startServerProcess, type ServerRun } from '../testing/server-process.ts';

// `npm start -- --aws …` with nothing from this machine's AWS setup: an empty HOME and no AWS_* variables.
function startServer(args: string[], aws: Record<string, string>): ServerRun {
  const home = mkdtempSync(join(tmpdir(), 'aws-home-'));
  const env = {
    PATH: process.env.PATH, HOME: home, AWS_EC2_METADATA_DISABLED: 'true', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...aws,
  };
  return startServerProcess(['--aws', ...args], env);
}

describe('npm start -- --aws', () => {
  let fake: FakeAws;
  beforeAll(async () => {
    fake = await startFakeAws({ region: TEST_REGION, keys: [SESSION_KEY] });
  });
  afterAll(() => fake.close());

  it('without credentials, says how to provide them and exits before serving anything', async () => {
    const run = startServer(['--region', TEST_REGION], { AWS_ENDPOINT_URL: fake.url });
    expect(await run.exited).toBe(1);
    expect(run.output.stderr).toContain('No usable AWS credentials');
    expect(run.output.stderr).toContain('aws sso login --profile NAME');
    expect(run.output.stderr).toContain('AWS_ACCESS_KEY_ID');
    expect(run.output.stdout).not.toContain('http://');
    expect(fake.received).toBe(0);
  });

  it('prints who it acts as, the region and the mode, then serves the page config', async () => {
    const run = startServer(['--read-only'], {
      AWS_REGION: TEST_REGION,
      AWS_ENDPOINT_URL: fake.url,
      AWS_ACCESS_KEY_ID: SESSION_KEY.accessKeyId,
      AWS_SECRET_ACCESS_KEY: SESSION_KEY.secretAccessKey,
      AWS_SESSION_TOKEN: SESSION_KEY.sessionToken ?? '',
    });
    try {
      const base = await dashboardUrl(run);
      expect(run.output.stdout).toContain(`Acting as: ${SESSION_KEY.arn} (account ${SESSION_KEY.account})`);
      expect(run.output.stdout).toContain(`Region: ${TEST_REGION}`);
      expect(run.output.stdout).toContain('Mode: real AWS, read-only');
      expect(run.output.stdout + run.output.stderr).not.toContain(SESSION_KEY.secretAccessKey);
      const config = await (await fetch(`${base}/config`)).json();
      expect(config).toEqual({
        mode: 'aws', region: TEST_REGION, account: SESSION_KEY.account, readOnly: true,
        sources: [{ account: SESSION_KEY.account, region: TEST_REGION }],
      });
    } finally {
      run.child.kill('SIGTERM');
      await run.exited;
    }
  });

  it('takes its sources from the config file it names, and stops with the file and field when the file is wrong', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dashboard-config-'));
    const good = join(dir, 'team.json');
    const bad = join(dir, 'broken.json');
    writeFileSync(good, JSON.stringify({ regions: [TEST_REGION], readOnly: true }));
    writeFileSync(bad, JSON.stringify({ accounts: [{ profile: '' }] }));
    const refused = startServer(['--config', bad], { AWS_ENDPOINT_URL: fake.url });
    expect(await refused.exited).toBe(2);
    expect(refused.output.stderr).toContain(`${bad}: accounts[0].profile must be a non-empty string`);
    const run = startServer(['--config', good], {
      AWS_ENDPOINT_URL: fake.url, AWS_ACCESS_KEY_ID: SESSION_KEY.accessKeyId, AWS_SECRET_ACCESS_KEY: SESSION_KEY.secretAccessKey,
      AWS_SESSION_TOKEN: SESSION_KEY.sessionToken ?? '',
    });
    try {
      const base = await dashboardUrl(run);
      expect(run.output.stdout).toContain(`Config file: ${good}`);
      expect(run.output.stdout).toContain(`  ${SESSION_KEY.account} ${TEST_REGION}: the default credential chain`);
      expect(await (await fetch(`${base}/config`)).json()).toMatchObject({ readOnly: true, sources: [{ account: SESSION_KEY.account, region: TEST_REGION }] });
    } finally {
      run.child.kill('SIGTERM');
      await run.exited;
    }
  });
});
