import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Runs the AWS CLI against an emulator at `endpoint` with only the environment given here (no files
 * of this machine's own AWS setup) and parses its JSON output; fails with `{ stderr }` when the CLI
 * reports an error.
 */
export async function runAwsCli<T>(endpoint: string, region: string, env: Record<string, string>, args: string[]): Promise<T> {
  const argv = [...args, '--endpoint-url', endpoint, '--region', region, '--output', 'json'];
  const environment = {
    ...process.env,
    ...env,
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_PAGER: '',
  };
  try {
    const { stdout } = await run('aws', argv, { env: environment });
    // the CLI prints the operation's output shape
    return JSON.parse(stdout) as T;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      throw new Error("The AWS CLI ('aws') is not on PATH: install it to run these conformance tests.");
    }
    throw error;
  }
}
