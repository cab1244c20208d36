import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spread, type Spread } from './stats.ts';

export interface AwsCliFigures {
  /** "aws-cli/1.45.11", as the CLI names itself. */
  version: string;
  command: string;
  /** `aws cloudtrail list-imports`, every page, as people run it (the service's default page size). */
  allPagesMs: Spread;
  /** The same with --page-size 1000, the largest ListImports allows, as the dashboard asks. */
  pageSize1000Ms: Spread;
}

// `aws` on the PATH (version 1 from pip here) and Debian's awscli package, which is version 2.
export const AWS_CLIS = ['aws', '/usr/bin/aws'] as const;

/** The AWS CLI's version ("aws-cli/2.9.19"), or undefined when it is not installed. */
function awsCliVersion(command: string): string | undefined {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  return `${result.stdout}${result.stderr}`.trim().split(/\s+/)[0];
}

/** Each installed AWS CLI of AWS_CLIS once, however many of those names lead to it. */
export async function measureAwsClis(url: string, imports: number, runs: number): Promise<AwsCliFigures[]> {
  const figures: AwsCliFigures[] = [];
  for (const command of AWS_CLIS) {
    const version = awsCliVersion(command);
    if (!version || figures.some((cli) => cli.version === version)) continue;
    const plain: number[] = [];
    const paged: number[] = [];
    for (let run = 0; run < runs; run++) {
      plain.push(await listImports(command, url, imports, []));
      paged.push(await listImports(command, url, imports, ['--page-size', '1000']));
    }
    figures.push({ version, command, allPagesMs: spread(plain), pageSize1000Ms: spread(paged) });
  }
  return figures;
}

// Dummy keys and no user profile: the emulator checks no signature, and this machine's AWS setup stays out.
function cliEnvironment(): NodeJS.ProcessEnv {
  const empty = mkdtempSync(join(tmpdir(), 'bench-aws-'));
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('AWS_')) delete env[key];
  return {
    ...env,
    AWS_ACCESS_KEY_ID: 'AKIDBENCHMARK',
    AWS_SECRET_ACCESS_KEY: 'bench-not-a-secret',
    AWS_CONFIG_FILE: join(empty, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(empty, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
  };
}

/** Milliseconds from starting the CLI to its full output; checks that every import is in it. */
function listImports(command: string, url: string, imports: number, extra: string[]): Promise<number> {
  const endpoint = ['--endpoint-url', `${url}/cloudtrail`, '--region', 'us-east-1'];
  const args = ['cloudtrail', 'list-imports', ...endpoint, '--output', 'json', ...extra];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: cliEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`aws exited with ${code}: ${err}`));
      const output: unknown = JSON.parse(Buffer.concat(out).toString('utf8'));
      const items = typeof output === 'object' && output !== null && 'Imports' in output ? output.Imports : undefined;
      const listed = Array.isArray(items) ? items.length : -1;
      if (listed !== imports) return reject(new Error(`aws listed ${listed} imports, expected ${imports}`));
      resolve(ms);
    });
  });
}
