import { CloudTrailClient, ListImportsCommand } from '@aws-sdk/client-cloudtrail';
import { describe, expect, it } from 'vitest';
import { dashboardUrl, startServerProcess } from '../testing/server-process.ts';

describe('npm start', () => {
  it('prints the page and endpoint URLs, serves the emulator at /cloudtrail, and stops cleanly on Ctrl-C', async () => {
    const run = startServerProcess(['--imports', '7'], { PATH: process.env.PATH });
    const base = await dashboardUrl(run);
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(run.output.stdout).toContain(`CloudTrail endpoint (embedded emulator): ${base}/cloudtrail`);
    const client = new CloudTrailClient({
      endpoint: `${base}/cloudtrail`, region: 'us-east-1', maxAttempts: 1,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' },
    });
    const { Imports = [] } = await client.send(new ListImportsCommand({}));
    expect(Imports).toHaveLength(7);
    client.destroy();
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
  });

  it('with --demo-org lists the organization\'s sources in /config and answers for each account', async () => {
    const run = startServerProcess(['--demo-org'], { PATH: process.env.PATH });
    try {
      const base = await dashboardUrl(run);
      expect(run.output.stdout).toContain('Organization: 5 accounts x us-east-1, eu-west-1, ca-west-1 (no Lake)');
      const { sources } = await (await fetch(`${base}/config`)).json();
      expect(sources).toHaveLength(15);
      const member = new CloudTrailClient({
        endpoint: `${base}/cloudtrail`, region: 'eu-west-1', maxAttempts: 1,
        credentials: { accessKeyId: '210987654321', secretAccessKey: 'not-a-secret' },
      });
      const { Imports = [] } = await member.send(new ListImportsCommand({}));
      expect(Imports.length).toBeGreaterThan(0);
      member.destroy();
    } finally {
      run.child.kill('SIGINT');
      await run.exited;
    }
  });

  it('refuses a bad flag with the usage and a non-zero exit', async () => {
    const run = startServerProcess(['--speed', 'fast'], { PATH: process.env.PATH });
    expect(await run.exited).toBe(2);
    expect(run.output.stderr).toContain('--speed');
    expect(run.output.stderr).toMatch(/Usage/i);
  });
});
