import type { Browser, Page } from '@playwright/test';
import { installProbe, probeEvents, probeShown, showing, shownAt } from './page-probe.ts';
import { spread, type Spread } from './stats.ts';

export interface NavigationFigures {
  imports: number;
  firstRowMs: Spread;
  allRowsMs: Spread;
  heapMb: Spread;
  /** Data rows in the DOM once every import is loaded. */
  domRows: number;
  /** Where the time before the first row goes, from navigation start (ms). */
  phases: Record<Phase, Spread>;
}

type Phase = 'scriptsRun' | 'configAnswered' | 'firstCloudTrailSent' | 'firstCloudTrailAnswered';
const PHASES: readonly Phase[] = ['scriptsRun', 'configAnswered', 'firstCloudTrailSent', 'firstCloudTrailAnswered'];

const LOAD_TIMEOUT_MS = 120_000;

/** A fresh browser context per run: nothing cached, as on a first visit. */
export async function withPage<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Opens the dashboard and waits until the count says every import is loaded. */
export async function openAndLoadAll(page: Page, url: string, imports: number): Promise<void> {
  await installProbe(page);
  await page.goto(url);
  await probeShown(page, showing(imports), LOAD_TIMEOUT_MS);
}

export async function measureNavigation(
  browser: Browser,
  url: string,
  imports: number,
  runs: number,
): Promise<NavigationFigures> {
  const firstRow: number[] = [];
  const allRows: number[] = [];
  const heap: number[] = [];
  const phases = new Map<Phase, number[]>(PHASES.map((phase) => [phase, []]));
  let domRows = 0;
  for (let run = 0; run < runs; run++) {
    await withPage(browser, async (page) => {
      await openAndLoadAll(page, url, imports);
      const events = await probeEvents(page);
      firstRow.push(shownAt(events.find((event) => event.kind === 'first-row')));
      allRows.push(shownAt(events.find((event) => event.kind === 'count' && event.text === showing(imports))));
      heap.push(await usedHeapMb(page));
      const times = await timeline(page);
      for (const phase of PHASES) phases.get(phase)?.push(times[phase]);
      domRows = await page.getByRole('table', { name: 'Imports' }).getByRole('row').count();
    });
  }
  // The header row is a row too.
  return {
    imports,
    firstRowMs: spread(firstRow),
    allRowsMs: spread(allRows),
    heapMb: spread(heap),
    domRows: domRows - 1,
    phases: {
      scriptsRun: spread(phases.get('scriptsRun') ?? []),
      configAnswered: spread(phases.get('configAnswered') ?? []),
      firstCloudTrailSent: spread(phases.get('firstCloudTrailSent') ?? []),
      firstCloudTrailAnswered: spread(phases.get('firstCloudTrailAnswered') ?? []),
    },
  };
}

/** The page's own navigation and resource timings for the steps before its first request. */
async function timeline(page: Page): Promise<Record<Phase, number>> {
  // Only anonymous functions here: the page receives this code as text.
  const { scriptsRun, resources } = await page.evaluate(() => ({
    scriptsRun: performance.getEntriesByType('navigation').map((entry) =>
      entry instanceof PerformanceNavigationTiming ? entry.domContentLoadedEventEnd : Number.NaN,
    )[0],
    resources: performance.getEntriesByType('resource').map((entry) => ({
      path: new URL(entry.name).pathname,
      start: entry.startTime,
      end: entry instanceof PerformanceResourceTiming ? entry.responseEnd : Number.NaN,
    })),
  }));
  const cloudTrail = resources.filter((entry) => entry.path.startsWith('/cloudtrail'));
  return {
    scriptsRun: scriptsRun ?? Number.NaN,
    configAnswered: resources.find((entry) => entry.path === '/config')?.end ?? Number.NaN,
    firstCloudTrailSent: Math.min(...cloudTrail.map((entry) => entry.start)),
    firstCloudTrailAnswered: Math.min(...cloudTrail.map((entry) => entry.end)),
  };
}

/** The page's live JS heap after a full garbage collection, in MB (Chromium DevTools protocol). */
async function usedHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    return used / 1e6;
  } finally {
    await cdp.detach();
  }
}
