// `npm run test:load`: many dashboards polling one server on this machine, with latency percentiles.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from '../bench/server.ts';
import { simulateDashboard, type RequestKind, type Sample } from '../bench/simulated-dashboard.ts';
import { mulberry32 } from '../emulator/random.ts';
import { percentile } from '../bench/stats.ts';

export interface LoadOptions {
  dashboards: number;
  seconds: number;
  /** The dashboard's auto-refresh; its shortest choice is 5 s. */
  intervalMs: number;
  imports: number;
}

export interface Latency {
  requests: number;
  p50: number;
  p99: number;
  max: number;
}

export interface LoadReport {
  options: LoadOptions;
  seconds: number;
  errors: string[];
  all: Latency;
  byKind: Record<RequestKind, Latency>;
  /** Per dashboard: imports in its first listing (all must equal `options.imports`), repeats, polls. */
  dashboards: { listed: number; repeats: number; polls: number }[];
}

const FULL_RUN: LoadOptions = { dashboards: 50, seconds: 60, intervalMs: 5_000, imports: 10_000 };
// Bounds that keep a run polite on a shared machine.
const LIMITS = { dashboards: [1, 200], seconds: [1, 600], intervalMs: [500, 600_000], imports: [0, 100_000] } as const;

export async function runLoadTest(options: LoadOptions): Promise<LoadReport> {
  for (const [name, [min, max]] of Object.entries(LIMITS)) {
    const value = Number(Reflect.get(options, name));
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new RangeError(`${name} must be a whole number from ${min} to ${max}`);
    }
  }
  const server = await startServer(['--imports', String(options.imports)]);
  const samples: Sample[] = [];
  const random = mulberry32(options.dashboards);
  const started = performance.now();
  const until = started + options.seconds * 1000;
  try {
    const runs = await Promise.allSettled(
      Array.from({ length: options.dashboards }, () =>
        simulateDashboard({
          url: server.url,
          intervalMs: options.intervalMs,
          until,
          // Opened over the first interval, not all in the same millisecond.
          startDelayMs: Math.floor(random() * Math.min(options.intervalMs, options.seconds * 500)),
          record: (sample) => samples.push(sample),
        }),
      ),
    );
    const dashboards = runs.flatMap((run) => (run.status === 'fulfilled' ? [run.value] : []));
    const of = (kind: RequestKind) => latency(samples.filter((sample) => sample.kind === kind));
    return {
      options,
      seconds: (performance.now() - started) / 1000,
      errors: samples.flatMap((sample) => (sample.error ? [sample.error] : [])),
      all: latency(samples),
      byKind: { config: of('config'), list: of('list'), poll: of('poll'), reread: of('reread') },
      dashboards,
    };
  } finally {
    await server.stop();
  }
}

function latency(samples: readonly Sample[]): Latency {
  const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  return { requests: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN };
}

export function formatLoadReport(report: LoadReport): string {
  const { options, all } = report;
  const ms = (value: number) => (Number.isNaN(value) ? '-' : `${value.toFixed(1)} ms`);
  const row = (name: string, l: Latency) =>
    `  ${name.padEnd(24)} ${String(l.requests).padStart(7)}  ${[l.p50, l.p99, l.max].map((v) => ms(v).padStart(10)).join('  ')}`;
  const polls = report.dashboards.reduce((sum, run) => sum + run.polls, 0);
  return [
    `Load: ${options.dashboards} dashboards, ${options.imports.toLocaleString('en-US')} imports, ` +
      `refresh every ${options.intervalMs / 1000} s, for ${report.seconds.toFixed(1)} s (loopback)`,
    `  ${'requests'.padEnd(24)} ${'count'.padStart(7)}  ${'p50'.padStart(10)}  ${'p99'.padStart(10)}  ${'max'.padStart(10)}`,
    row('all', all),
    row('first load: list pages', report.byKind.list),
    row('refresh: active lists', report.byKind.poll),
    row('refresh: GetImport', report.byKind.reread),
    `  ${(all.requests / report.seconds).toFixed(1)} requests/s, ${polls} refreshes, ${report.errors.length} errors` +
      `${report.errors.length > 0 ? `; first: ${report.errors[0]}` : ''}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dashboards: { type: 'string', default: String(FULL_RUN.dashboards) },
      seconds: { type: 'string', default: String(FULL_RUN.seconds) },
      'interval-ms': { type: 'string', default: String(FULL_RUN.intervalMs) },
      imports: { type: 'string', default: String(FULL_RUN.imports) },
    },
  });
  const options = {
    dashboards: Number(values.dashboards),
    seconds: Number(values.seconds),
    intervalMs: Number(values['interval-ms']),
    imports: Number(values.imports),
  };
  const report = await runLoadTest(options);
  console.log(formatLoadReport(report));
  const incomplete = report.dashboards.filter((run) => run.listed !== options.imports || run.repeats > 0);
  const ok = report.errors.length === 0 && report.dashboards.length === options.dashboards && incomplete.length === 0;
  process.exit(ok ? 0 : 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
