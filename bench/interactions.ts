import type { Browser, Page } from '@playwright/test';
import { setTimeout as sleep } from 'node:timers/promises';
import { countImports } from './emulator-data.ts';
import { openAndLoadAll, withPage } from './navigation.ts';
import { probeEvents, showing, type ProbeEvent } from './page-probe.ts';
import { spread, type Spread } from './stats.ts';

export interface InteractionFigures {
  /** Typing a search term, and clearing it, to the rows and count it gives. */
  searchMs: Spread;
  clearSearchMs: Spread;
  /** A status filter change to its first rows, and to every matching import. */
  statusFirstRowsMs: Spread;
  statusAllRowsMs: Spread;
  /** Back to all statuses, whose listing the page already holds. */
  statusClearMs: Spread;
}

// Three hex digits: each matches a few dozen of 10,000 import IDs and none of the data store ARNs.
const SEARCH_TERMS = ['0e1', 'f5a', '9c2', 'b7d', 'e04', '3a8', 'd6c'];
const STATUSES = ['FAILED', 'COMPLETED', 'STOPPED'];
const RATE_WINDOW_MS = 1_100;
// The count line once rows are on screen; "Loading imports…" comes before any.
const ROWS_SHOWN = /^(Showing [\d,]+ of [\d,]+ imports|Loading… [\d,]+ imports loaded so far)$/;

export async function measureInteractions(
  browser: Browser,
  url: string,
  imports: number,
  runs: number,
): Promise<InteractionFigures> {
  const expected = new Map<string, number>();
  for (const status of STATUSES) expected.set(status, await countImports(url, { ImportStatus: status }));
  return withPage(browser, async (page) => {
    await openAndLoadAll(page, url, imports);
    // The load spent the source's 10 requests a second; a filter is timed once they have left the window.
    await sleep(RATE_WINDOW_MS);
    const all = showing(imports);
    const search = page.getByLabel('Search');
    const status = page.getByLabel('Status', { exact: true });
    const figures: Record<keyof InteractionFigures, number[]> = {
      searchMs: [],
      clearSearchMs: [],
      statusFirstRowsMs: [],
      statusAllRowsMs: [],
      statusClearMs: [],
    };
    for (let run = 0; run < runs; run++) {
      const term = SEARCH_TERMS[run % SEARCH_TERMS.length] ?? '0e1';
      const filtered = (text: string) => text.startsWith('Showing') && text !== all;
      figures.searchMs.push(await timeChange(page, () => search.fill(term), filtered));
      figures.clearSearchMs.push(await timeChange(page, () => search.fill(''), (text) => text === all));
      const value = STATUSES[run % STATUSES.length] ?? 'FAILED';
      const target = showing(expected.get(value) ?? 0);
      const rowsShown = (text: string) => ROWS_SHOWN.test(text) && text !== all;
      const [first, complete] = await timeChanges(page, () => status.selectOption(value), [rowsShown, (text) => text === target]);
      figures.statusFirstRowsMs.push(first);
      figures.statusAllRowsMs.push(complete);
      figures.statusClearMs.push(await timeChange(page, () => status.selectOption(''), (text) => text === all));
    }
    return {
      searchMs: spread(figures.searchMs),
      clearSearchMs: spread(figures.clearSearchMs),
      statusFirstRowsMs: spread(figures.statusFirstRowsMs),
      statusAllRowsMs: spread(figures.statusAllRowsMs),
      statusClearMs: spread(figures.statusClearMs),
    };
  });
}

async function timeChange(page: Page, act: () => Promise<unknown>, done: (text: string) => boolean): Promise<number> {
  const [ms] = await timeChanges(page, act, [done]);
  return ms ?? Number.NaN;
}

/** From the input event `act` causes to the painted count change each matcher waits for. */
async function timeChanges(page: Page, act: () => Promise<unknown>, matchers: ((text: string) => boolean)[]): Promise<number[]> {
  const seen = (await probeEvents(page)).length;
  await act();
  const deadline = performance.now() + 60_000;
  for (;;) {
    const events = (await probeEvents(page)).slice(seen);
    const start = events.find((event) => event.kind === 'input');
    const ends = matchers.map((matches) => events.find((event) => event.kind === 'count' && matches(event.text)));
    if (start && ends.every((end): end is ProbeEvent => end?.paintedAt !== undefined)) {
      return ends.map((end) => (end.paintedAt ?? end.at) - start.at);
    }
    if (performance.now() > deadline) {
      throw new Error(`no matching count change; saw ${JSON.stringify(events.map((event) => event.text))}`);
    }
    await sleep(20);
  }
}
