// `npm test`: every check in order, then one closing line that counts every test that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.ts';

interface Tally { passed: number; failed: number }

const REPORTS = 'reports';
const tally: Tally = { passed: 0, failed: 0 };

function run(title: string, command: string, args: string[]): boolean {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const env = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
  return spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
}

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

function countStep(title: string, ok: boolean): void {
  if (ok) tally.passed += 1;
  else tally.failed += 1;
  if (!ok) console.error(`${title} failed`);
}

function vitest(): void {
  const ok = run('Unit and emulator tests', 'npx', [
    'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/vitest.json`,
  ]);
  const report = readJson<{ numPassedTests: number; numFailedTests: number }>(`${REPORTS}/vitest.json`);
  if (!report) return countStep('Vitest (no report)', false);
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
}

function playwright(): void {
  ensureChromium();
  if (!run('Build', 'npx', ['vite', 'build', '--logLevel', 'warn'])) return countStep('Build', false);
  const ok = run('End-to-end tests', 'npx', ['playwright', 'test']);
  type Stats = { expected: number; unexpected: number; flaky: number; skipped: number };
  const stats = readJson<{ stats: Stats }>(`${REPORTS}/playwright.json`)?.stats;
  if (!stats) return countStep('Playwright (no report)', false);
  tally.passed += stats.expected + stats.flaky;
  // A skipped browser test counts as failed: the browser tests must never be skipped silently.
  tally.failed += stats.unexpected + stats.skipped + (ok || stats.unexpected > 0 ? 0 : 1);
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS);
countStep('Type check', run('Type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']));
vitest();
playwright();
console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);
