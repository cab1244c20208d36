import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const READY = /CloudTrail Lake imports dashboard: (http:\/\/127\.0\.0\.1:\d+)\//;

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * `npm start`'s server without the build step, on a free loopback port. `args` are its flags
 * (--imports N, --control, --fault-*).
 */
export function startServer(args: readonly string[] = [], script = 'server/main.ts', ready = READY): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, '--host', '127.0.0.1', '--port', '0', ...args], {
    cwd: ROOT,
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    let settled = false;
    const settle = (error?: Error, url?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (url) return resolve({ url, stop });
      void stop();
      reject(error);
    };
    const timer = setTimeout(() => settle(new Error(`it did not start within 30 s:\n${output}`)), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      if (settled) return;
      output += chunk.toString('utf8');
      const url = ready.exec(output)?.[1];
      if (url) settle(undefined, url);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (!settled) output += chunk.toString('utf8');
    });
    child.once('exit', (code) => settle(new Error(`it exited with ${code}:\n${output}`)));
  });
}

/** The emulator on its own (emulator/main.ts), for measuring it without the server in front. */
export function startEmulator(args: readonly string[] = []): Promise<RunningServer> {
  return startServer(args, 'emulator/main.ts', /CloudTrail Lake emulator: (http:\/\/127\.0\.0\.1:\d+)\//);
}
