import { spawn, type ChildProcess } from 'node:child_process';

export interface ServerRun {
  child: ChildProcess;
  output: { stdout: string; stderr: string };
  exited: Promise<number | null>;
}

/** `npm start -- ARGS` without the build step, with exactly the environment given. */
export function startServerProcess(args: string[], env: Record<string, string | undefined>): ServerRun {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', '0', ...args], { env });
  const output = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output, exited };
}

/** The dashboard URL the server prints once it listens, after it has printed everything it prints at start. */
export async function dashboardUrl(run: ServerRun): Promise<string> {
  for (let waited = 0; waited < 15_000; waited += 50) {
    const match = /dashboard: (http:\/\/\S+?)\/\n/.exec(run.output.stdout);
    if (match && run.output.stdout.includes('Press Ctrl-C to stop.')) return match[1];
    if (run.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The server did not start:\n${run.output.stdout}\n${run.output.stderr}`);
}
