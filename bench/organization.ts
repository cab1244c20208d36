import type { Browser, Page } from '@playwright/test';
import { measureNavigation, openAndLoadAll, withPage } from './navigation.ts';
import { measureRefreshCost } from './refresh-cost.ts';
import { startServer } from './server.ts';
import { single, timed, type Row } from './rows.ts';
import type { Spread } from './stats.ts';

/** The organization view: many sources at once, and what each costs. */
export interface OrganizationFigures {
  /** 15 sources (5 accounts x 3 regions) of 1,000 imports each. */
  sources: number;
  importsPerSource: number;
  allRowsMs: Spread;
  /** The most requests one source saw in any one second while the 15,000 loaded (CloudTrail allows 10). */
  peakPerSourcePerSecond: number;
  refresh: SourcesRefresh[];
}

export interface SourcesRefresh {
  sources: number;
  requestsPerRefresh: number;
  requestsPerMinute: number;
}

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2', 'eu-central-1', 'us-west-2'];
const PER_SOURCE = 1_000;
// The demo's 60 imports per source: what a refresh costs does not depend on how many are loaded.
const REFRESH_IMPORTS = 60;

/** Each setting gets its own server: --accounts N in the first R regions, every source answering. */
async function withOrganization<T>(accounts: number, regions: number, imports: number, use: (url: string) => Promise<T>): Promise<T> {
  const server = await startServer(['--accounts', String(accounts), '--regions', REGIONS.slice(0, regions).join(','), '--imports', String(imports)]);
  try {
    return await use(server.url);
  } finally {
    await server.stop();
  }
}

export async function measureOrganization(browser: Browser, runs: number): Promise<OrganizationFigures> {
  const [accounts, regions] = [5, 3];
  const sources = accounts * regions;
  const { allRowsMs, peak } = await withOrganization(accounts, regions, PER_SOURCE, async (url) => {
    // Warm the emulator: it seeds each source on first use.
    await withPage(browser, (page) => openAndLoadAll(page, url, sources * PER_SOURCE));
    const navigation = await measureNavigation(browser, url, sources * PER_SOURCE, runs);
    const peakSeen = await withPage(browser, async (page) => {
      const counter = countPerSource(page);
      await openAndLoadAll(page, url, sources * PER_SOURCE);
      return counter.peak();
    });
    return { allRowsMs: navigation.allRowsMs, peak: peakSeen };
  });
  const refresh: SourcesRefresh[] = [];
  for (const [n, r] of [[1, 1], [10, 1], [10, 5]] as const) {
    refresh.push(
      await withOrganization(n, r, REFRESH_IMPORTS, async (url) => {
        const cost = await measureRefreshCost(browser, url, n * r * REFRESH_IMPORTS, n * r);
        return {
          sources: n * r,
          requestsPerRefresh: cost.requestsPerMinute / cost.refreshes,
          requestsPerMinute: cost.requestsPerMinute,
        };
      }),
    );
  }
  return { sources, importsPerSource: PER_SOURCE, allRowsMs, peakPerSourcePerSecond: peak, refresh };
}

/** Counts the page's CloudTrail requests per source (the account and region they are signed for). */
export function countPerSource(page: Page): { peak(): number } {
  const times = new Map<string, number[]>();
  page.on('request', (request) => {
    if (!new URL(request.url()).pathname.startsWith('/cloudtrail')) return;
    const scope = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\//.exec(request.headers().authorization ?? '');
    const key = scope ? `${scope[1]}/${scope[2]}` : 'unsigned';
    times.set(key, [...(times.get(key) ?? []), performance.now()]);
  });
  return { peak: () => Math.max(0, ...[...times.values()].map(peakInOneSecond)) };
}

function peakInOneSecond(sorted: readonly number[]): number {
  let peak = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= 1000) start++;
    peak = Math.max(peak, end - start + 1);
  }
  return peak;
}

/** The organization's rows for the bench table. */
export function organizationRows(figures: OrganizationFigures, reference: Spread): Row[] {
  const label = `${figures.sources} sources × ${figures.importsPerSource.toLocaleString('en-US')}`;
  return [
    timed(`Navigation to all rows, ${label}`, figures.allRowsMs, reference),
    single(`  busiest source, requests in one second while loading`, String(figures.peakPerSourcePerSecond), '≤ 10', figures.peakPerSourcePerSecond <= 10),
    ...figures.refresh.map((cost) =>
      single(
        `Requests per refresh / per minute, ${cost.sources} ${cost.sources === 1 ? 'source' : 'sources'}`,
        `${cost.requestsPerRefresh.toFixed(1)} / ${cost.requestsPerMinute}`,
        '2 per source, + 1 per ending',
        // One import runs at a time per source, so at most one per source ends and is re-read.
        cost.requestsPerMinute <= 2 * cost.sources * (cost.requestsPerMinute / cost.requestsPerRefresh) + cost.sources,
      ),
    ),
  ];
}
