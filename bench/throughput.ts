import { startEmulator } from './server.ts';
import { spread, type Spread } from './stats.ts';

export interface ThroughputFigures {
  imports: number;
  /** ListImports pages of 1,000 answered per second: one client paging, and four at once. */
  sequentialPagesPerSecond: Spread;
  concurrentPagesPerSecond: Spread;
}

const IMPORTS = 100_000;
const SECONDS = 2;

/** The emulator on its own, in its own process, paged through by clients in this one. */
export async function measureThroughput(runs: number): Promise<ThroughputFigures> {
  const emulator = await startEmulator(['--imports', String(IMPORTS)]);
  try {
    const sequential: number[] = [];
    const concurrent: number[] = [];
    for (let run = 0; run < runs; run++) {
      sequential.push(await pagesPerSecond(emulator.url, 1));
      concurrent.push(await pagesPerSecond(emulator.url, 4));
    }
    return { imports: IMPORTS, sequentialPagesPerSecond: spread(sequential), concurrentPagesPerSecond: spread(concurrent) };
  } finally {
    await emulator.stop();
  }
}

async function pagesPerSecond(url: string, clients: number): Promise<number> {
  const until = performance.now() + SECONDS * 1000;
  const started = performance.now();
  let pages = 0;
  const client = async () => {
    let token: unknown;
    while (performance.now() < until) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'CloudTrail_20131101.ListImports' },
        body: JSON.stringify({ MaxResults: 1000, NextToken: token }),
      });
      const page: unknown = await response.json();
      if (!response.ok || typeof page !== 'object' || page === null) throw new Error(`ListImports: HTTP ${response.status}`);
      pages += 1;
      token = 'NextToken' in page ? page.NextToken : undefined;
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return pages / ((performance.now() - started) / 1000);
}
