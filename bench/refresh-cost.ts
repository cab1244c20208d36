import type { Browser, Page } from '@playwright/test';
import { setTimeout as sleep } from 'node:timers/promises';
import { openAndLoadAll, withPage } from './navigation.ts';

export interface RefreshCost {
  imports: number;
  active: number;
  /** CloudTrail requests and response bytes in one minute of auto-refresh at the default interval. */
  requestsPerMinute: number;
  bytesPerMinute: number;
  refreshes: number;
  /** What the Refresh button costs: it re-lists everything. */
  manualRefreshRequests: number;
}

// The dashboard's default auto-refresh interval.
const INTERVAL_MS = 10_000;
const MINUTE_MS = 60_000;

/** Counts CloudTrail requests while the page's own clock runs a minute forward, interval by interval. */
export async function measureRefreshCost(browser: Browser, url: string, imports: number, active: number): Promise<RefreshCost> {
  return withPage(browser, async (page) => {
    const traffic = watchTraffic(page);
    await page.clock.install();
    await openAndLoadAll(page, url, imports);
    // What the page reads once its listing is in may wait its turn for the source's 10 requests a second.
    await sleep(1_100);
    await traffic.settled(1);
    // From here the page's time moves only when told to, so each interval fires exactly once.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    traffic.reset();
    for (let elapsed = 0; elapsed < MINUTE_MS; elapsed += INTERVAL_MS) {
      const before = traffic.requests;
      await page.clock.runFor(INTERVAL_MS);
      await traffic.settled(before + 1);
    }
    const { requests, bytes } = traffic;
    traffic.reset();
    await page.getByRole('button', { name: 'Refresh' }).click();
    // Ten requests a second per source: the page's paused clock has to move for the rest to leave.
    await traffic.settled(Math.ceil(imports / 1000) + 1, () => page.clock.runFor(1_000));
    return {
      imports,
      active,
      requestsPerMinute: requests,
      bytesPerMinute: bytes,
      refreshes: MINUTE_MS / INTERVAL_MS,
      manualRefreshRequests: traffic.requests,
    };
  });
}

interface Traffic {
  requests: number;
  bytes: number;
  reset(): void;
  /**
   * Waits until at least `count` requests went out and none is still open; `advance`, if given, moves
   * the page's clock whenever the traffic stops short of `count`.
   */
  settled(count: number, advance?: () => Promise<void>): Promise<void>;
}

function watchTraffic(page: Page): Traffic {
  let open = 0;
  const traffic: Traffic = {
    requests: 0,
    bytes: 0,
    reset() {
      traffic.requests = 0;
      traffic.bytes = 0;
    },
    async settled(count, advance) {
      const deadline = performance.now() + 60_000;
      let quietSince = performance.now();
      let seen = traffic.requests;
      while (performance.now() < deadline) {
        if (open > 0 || traffic.requests !== seen) {
          quietSince = performance.now();
          seen = traffic.requests;
        }
        // Quiet for a while: a refresh that re-reads an import sends its GetImport after the lists.
        const quiet = performance.now() - quietSince > 300;
        if (quiet && traffic.requests >= count) return;
        if (quiet && advance) {
          await advance();
          quietSince = performance.now();
        }
        await sleep(25);
      }
      throw new Error(`expected ${count} CloudTrail requests, saw ${traffic.requests} (${open} still open)`);
    },
  };
  const isCloudTrail = (requestUrl: string) => new URL(requestUrl).pathname.startsWith('/cloudtrail');
  page.on('request', (request) => {
    if (!isCloudTrail(request.url())) return;
    open += 1;
    traffic.requests += 1;
  });
  page.on('requestfinished', async (request) => {
    if (!isCloudTrail(request.url())) return;
    traffic.bytes += (await request.sizes()).responseBodySize;
    open -= 1;
  });
  page.on('requestfailed', (request) => {
    if (isCloudTrail(request.url())) open -= 1;
  });
  return traffic;
}
