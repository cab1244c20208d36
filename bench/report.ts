import type { AwsCliFigures } from './aws-cli.ts';
import type { BundleFigures } from './bundle.ts';
import type { InteractionFigures } from './interactions.ts';
import type { Machine } from './machine.ts';
import type { NavigationFigures } from './navigation.ts';
import type { RefreshCost } from './refresh-cost.ts';
import type { Spread } from './stats.ts';
import type { ThroughputFigures } from './throughput.ts';

export interface BenchResults {
  date: string;
  machine: Machine;
  bundle: BundleFigures;
  navigation: NavigationFigures[];
  interactions: InteractionFigures;
  refresh: RefreshCost[];
  awsCli?: AwsCliFigures & { dashboardAllRowsMs: number };
  throughput: ThroughputFigures;
}

export interface Row {
  measure: string;
  value: string;
  min: string;
  max: string;
  runs: string;
  budget: string;
  /** undefined when the row has no budget. */
  met?: boolean;
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const count = (value: number) => Math.round(value).toLocaleString('en-US');
const whole = (value: number) => value.toFixed(0);
const DEMO = 60;
// Kilobytes of 1,000 bytes, as Vite reports them.
const JS_BUDGET = 170_000;

function measured(measure: string, s: Spread, format: (v: number) => string, budget?: { text: string; limit: number }): Row {
  const row = {
    measure,
    value: format(s.median),
    min: format(s.min),
    max: format(s.max),
    runs: String(s.runs),
    budget: budget?.text ?? '',
  };
  return budget ? { ...row, met: s.median < budget.limit } : row;
}

function single(measure: string, value: string, budget = '', met?: boolean): Row {
  return { measure, value, min: '', max: '', runs: '1', budget, met };
}

export function rowsOf(results: BenchResults): Row[] {
  const { bundle, interactions: ia, throughput } = results;
  const jsMet = bundle.jsGzipBytes <= JS_BUDGET;
  const rows: Row[] = [
    single('First-load JS, raw / gzipped', `${kb(bundle.jsBytes)} / ${kb(bundle.jsGzipBytes)}`, '≤ 170 KB gz', jsMet),
    single('First-load CSS, raw / gzipped', `${kb(bundle.cssBytes)} / ${kb(bundle.cssGzipBytes)}`),
  ];
  for (const nav of results.navigation) {
    const label = nav.imports === DEMO ? 'demo data (60)' : count(nav.imports);
    const firstBudget = nav.imports === DEMO ? { text: '< 500 ms', limit: 500 } : undefined;
    const allBudget = nav.imports === 10_000 ? { text: '< 2,000 ms', limit: 2_000 } : undefined;
    rows.push(measured(`Navigation to first row, ${label}`, nav.firstRowMs, ms, firstBudget));
    if (nav.imports === DEMO) rows.push(...phaseRows(nav));
    rows.push(measured(`Navigation to all rows, ${label}`, nav.allRowsMs, ms, allBudget));
  }
  rows.push(
    measured('Search typed → rows, 10,000', ia.searchMs, ms, { text: '< 100 ms', limit: 100 }),
    measured('Search cleared → rows, 10,000', ia.clearSearchMs, ms, { text: '< 100 ms', limit: 100 }),
    measured('Status filter → first rows, 10,000', ia.statusFirstRowsMs, ms, { text: '< 100 ms', limit: 100 }),
    measured('Status filter → all matching rows, 10,000', ia.statusAllRowsMs, ms),
    measured('Status filter back to all → rows, 10,000', ia.statusClearMs, ms, { text: '< 100 ms', limit: 100 }),
  );
  const flat = refreshCostIsFlat(results.refresh);
  for (const cost of results.refresh) {
    const label = `${count(cost.imports)} loaded, ${cost.active === 0 ? 'none' : cost.active} active`;
    rows.push(
      single(
        `Requests per refresh / per minute, ${label}`,
        `${(cost.requestsPerMinute / cost.refreshes).toFixed(1)} / ${cost.requestsPerMinute} (${kb(cost.bytesPerMinute)}/min)`,
        'same at every size',
        flat,
      ),
    );
  }
  const relist = results.refresh.find((cost) => cost.imports === 10_000);
  if (relist) rows.push(single('Requests per manual Refresh, 10,000 loaded', String(relist.manualRefreshRequests)));
  for (const nav of results.navigation.filter((n) => n.imports >= 10_000)) {
    rows.push(measured(`JS heap after loading ${count(nav.imports)}`, nav.heapMb, (v) => `${v.toFixed(1)} MB`));
  }
  const largest = results.navigation.at(-1);
  if (largest) {
    rows.push(single(`Rows in the DOM at ${count(largest.imports)}`, String(largest.domRows), '≤ 200', largest.domRows <= 200));
  }
  rows.push(...cliRows(results.awsCli));
  rows.push(
    measured('Emulator ListImports pages of 1,000 per second, 1 client', throughput.sequentialPagesPerSecond, whole),
    measured('Emulator ListImports pages of 1,000 per second, 4 clients', throughput.concurrentPagesPerSecond, whole),
  );
  return rows;
}

// Where the first row's time goes: the page's scripts, its config, then the first CloudTrail answer.
function phaseRows(nav: NavigationFigures): Row[] {
  return [
    measured('  of which: scripts run (DOMContentLoaded)', nav.phases.scriptsRun, ms),
    measured('  of which: /config answered', nav.phases.configAnswered, ms),
    measured('  of which: first CloudTrail request sent', nav.phases.firstCloudTrailSent, ms),
    measured('  of which: first CloudTrail answer in', nav.phases.firstCloudTrailAnswered, ms),
  ];
}

// The same requests at every size, and the same bytes for the same number of active imports: what a
// refresh costs may depend on what is running, never on how much is loaded.
function refreshCostIsFlat(costs: readonly RefreshCost[]): boolean {
  if (new Set(costs.map((cost) => cost.requestsPerMinute)).size > 1) return false;
  return [...new Set(costs.map((cost) => cost.active))].every((active) => {
    const bytes = costs.filter((cost) => cost.active === active).map((cost) => cost.bytesPerMinute);
    return Math.max(...bytes) <= 1.5 * Math.min(...bytes);
  });
}

function cliRows(cli: BenchResults['awsCli']): Row[] {
  if (!cli) return [single('aws cloudtrail list-imports, 10,000', 'AWS CLI not installed')];
  const ratio = (s: Spread) => `${(s.median / cli.dashboardAllRowsMs).toFixed(1)}× the dashboard`;
  return [
    measured(`${cli.version} list-imports, all pages, 10,000`, cli.allPagesMs, ms),
    single('  ratio to the dashboard’s all rows, 10,000', ratio(cli.allPagesMs)),
    measured(`${cli.version} list-imports --page-size 1000, 10,000`, cli.pageSize1000Ms, ms),
    single('  ratio to the dashboard’s all rows, 10,000', ratio(cli.pageSize1000Ms)),
  ];
}

/** The rows as a Markdown table, which reads as well in a terminal as in a README. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['Measure', 'Median', 'Min', 'Max', 'Runs', 'Budget', 'Result'];
  const result = (met: boolean | undefined) => (met === undefined ? '' : met ? 'met' : 'MISSED');
  const cells = rows.map((r) => [r.measure, r.value, r.min, r.max, r.runs, r.budget, result(r.met)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (values: readonly string[]) => `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
