import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.ts';

const HELP = `No Chromium found for the browser tests. Do one of:
  - Debian/Ubuntu as root:   apt-get update && apt-get install -y --no-install-recommends chromium
  - with network access:     npx playwright install chromium
  - an existing browser:     CHROMIUM_PATH=/path/to/chromium npm test`;

function run(command: string, args: string[], env?: NodeJS.ProcessEnv): boolean {
  console.log(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
}

function tryInstall(): void {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0) {
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], env)) {
      run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], env);
    }
    if (findChromium()) return;
  }
  run('npx', ['playwright', 'install', 'chromium']);
}

export function ensureChromium(): string {
  const found = findChromium() ?? (tryInstall(), findChromium());
  if (!found) {
    console.error(HELP);
    process.exit(1);
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`Chromium: ${ensureChromium()}`);
