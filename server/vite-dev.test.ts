import { CloudTrailClient, ListImportsCommand } from '@aws-sdk/client-cloudtrail';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const VITE = 'node_modules/vite/bin/vite.js';

/** `npm run dev` on a free port with EMULATOR_FLAGS; resolves with its URL, or rejects with what it printed on exit. */
function startDevServer(emulatorFlags: string) {
  // Without VITEST in its environment: the plugin stays out of Vitest's own servers.
  const env = { PATH: process.env.PATH, EMULATOR_FLAGS: emulatorFlags, NO_COLOR: '1' };
  const child = spawn(process.execPath, [VITE, '--host', '127.0.0.1', '--port', '0', '--strictPort'], { env });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Local:\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`vite exited with ${code}:\n${output}`)));
  });
  const stop = () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (child.exitCode === null) child.kill('SIGTERM');
    return exited;
  };
  return { url, stop };
}

describe('npm run dev', () => {
  it('takes the emulator flags of npm start from EMULATOR_FLAGS', async () => {
    const dev = startDevServer('--demo-org --imports 9');
    try {
      const base = await dev.url;
      const { sources } = await (await fetch(`${base}/config`)).json();
      expect(sources).toHaveLength(15);
      expect(await (await fetch(`${base}/`)).text()).toContain('"accountName":"security-tooling"');
      const member = new CloudTrailClient({
        endpoint: `${base}/cloudtrail`, region: 'eu-west-1', maxAttempts: 1,
        credentials: { accessKeyId: '210987654321', secretAccessKey: 'not-a-secret' },
      });
      const { Imports = [] } = await member.send(new ListImportsCommand({}));
      expect(Imports).toHaveLength(9);
      member.destroy();
    } finally {
      await dev.stop();
    }
  });

  it('refuses a flag that only npm start takes, and says which', async () => {
    const dev = startDevServer('--imports 9 --read-only');
    await expect(dev.url).rejects.toThrow('EMULATOR_FLAGS: --read-only only with npm start');
  });
});
