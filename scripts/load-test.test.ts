import { describe, expect, it } from 'vitest';
import { formatLoadReport, runLoadTest } from './load-test.ts';

describe('load test (shortened; npm run test:load runs the full minute)', () => {
  it('serves 50 dashboards polling every second without an error, each listing every import once', async () => {
    const options = { dashboards: 50, seconds: 8, intervalMs: 1_000, imports: 2_000 };
    const report = await runLoadTest(options);
    console.log(formatLoadReport(report));
    expect(report.errors).toEqual([]);
    expect(report.dashboards).toHaveLength(50);
    for (const run of report.dashboards) {
      expect(run).toMatchObject({ listed: 2_000, repeats: 0 });
      expect(run.polls).toBeGreaterThanOrEqual(4);
    }
    expect(report.all.p50).toBeGreaterThan(0);
    expect(report.all.p99).toBeGreaterThanOrEqual(report.all.p50);
    expect(report.byKind.poll.requests).toBeGreaterThanOrEqual(50 * 4 * 2);
  }, 30_000);
});
