import type { Browser, Page } from '@playwright/test';
import { installProbe, probeEvents, showing, shownAt } from './page-probe.ts';
import { spread, type Spread } from './stats.ts';

export interface NavigationFigures {
  imports: number;
  firstRowMs: Spread;
  allRowsMs: Spread;
  heapMb: Spread;
  /** Data rows in the DOM once every import is loaded. */
  domRows: number;
}

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
  await page.getByText(showing(imports), { exact: true }).waitFor({ timeout: LOAD_TIMEOUT_MS });
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
  let domRows = 0;
  for (let run = 0; run < runs; run++) {
    await withPage(browser, async (page) => {
      await openAndLoadAll(page, url, imports);
      const events = await probeEvents(page);
      firstRow.push(shownAt(events.find((event) => event.kind === 'first-row')));
      allRows.push(shownAt(events.find((event) => event.kind === 'count' && event.text === showing(imports))));
      heap.push(await usedHeapMb(page));
      domRows = await page.getByRole('table', { name: 'Imports' }).getByRole('row').count();
    });
  }
  // The header row is a row too.
  return { imports, firstRowMs: spread(firstRow), allRowsMs: spread(allRows), heapMb: spread(heap), domRows: domRows - 1 };
}

/** The page's live JS heap after a full garbage collection, in MB (Chromium DevTools protocol). */
export async function usedHeapMb(page: Page): Promise<number> {
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
