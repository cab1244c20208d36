import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importKey } from '../imports/model.ts';
import { anImport } from './test-imports.ts';
import { statusesOf } from './timeline-import.ts';
import { eventsPerDay, failuresPerDay, importsPerDay, trendDays } from './trend-series.ts';

const day = (d: number, hour = 12) => Date.UTC(2026, 10, d, hour);
const NOW = day(5);

const originalZone = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'UTC';
});
afterEach(() => {
  process.env.TZ = originalZone;
});

describe('trend series', () => {
  it('runs from the day of the first import to today', () => {
    const days = trendDays([anImport({ created: day(3) }), anImport({ created: day(2, 23) })], NOW);
    expect(days).toEqual([Date.UTC(2026, 10, 2), Date.UTC(2026, 10, 3), Date.UTC(2026, 10, 4), Date.UTC(2026, 10, 5), Date.UTC(2026, 10, 6)]);
  });

  it('counts the imports created each day by status, including statuses the API adds later', () => {
    const imports = [
      anImport({ created: day(1), status: 'FAILED' }),
      anImport({ created: day(1, 3), status: 'COMPLETED' }),
      anImport({ created: day(3), status: 'COMPLETED' }),
      anImport({ created: day(5), status: 'PAUSED' }),
    ];
    const statuses = statusesOf(imports);
    const { days, series } = importsPerDay(imports, statuses, trendDays(imports, NOW));
    expect(days).toHaveLength(5);
    const byStatus = Object.fromEntries(series.map((s) => [s.key, s.values]));
    expect(byStatus.FAILED).toEqual([1, 0, 0, 0, 0]);
    expect(byStatus.COMPLETED).toEqual([1, 0, 1, 0, 0]);
    expect(byStatus.PAUSED).toEqual([0, 0, 0, 0, 1]);
    expect(byStatus.IN_PROGRESS).toEqual([0, 0, 0, 0, 0]);
  });

  it('groups failures by error type, five types and the rest as Other, leaving out fixed entries and unloaded imports', () => {
    const first = anImport({ created: day(1), status: 'FAILED' });
    const second = anImport({ created: day(2), status: 'FAILED' });
    const unloaded = anImport({ created: day(2), status: 'FAILED' });
    const entries = (type: string, count: number, status = 'FAILED') => Array.from({ length: count }, () => ({ errorType: type, status }));
    const failures = new Map([
      [importKey(first), [...entries('AccessDenied', 6), ...entries('NotGzipped', 5), ...entries('Fixed', 9, 'SUCCEEDED')]],
      [importKey(second), [...entries('InvalidFormat', 4), ...entries('NoSuchKey', 3), ...entries('Throttled', 2), ...entries('Rare', 1), ...entries('', 1)]],
    ]);
    const imports = [first, second, unloaded];
    const result = failuresPerDay(imports, failures, trendDays(imports, day(2)));
    expect(result.imports).toBe(2);
    expect(result.series.map((s) => [s.key, s.values])).toEqual([
      ['AccessDenied', [6, 0]],
      ['NotGzipped', [5, 0]],
      ['InvalidFormat', [0, 4]],
      ['NoSuchKey', [0, 3]],
      ['Throttled', [0, 2]],
      ['Other', [0, 2]],
    ]);
  });

  it('adds up events per day over the imports whose statistics are known', () => {
    const a = anImport({ created: day(1) });
    const b = anImport({ created: day(1, 18) });
    const c = anImport({ created: day(2) });
    const result = eventsPerDay([a, b, c], new Map([[importKey(a), 1000], [importKey(b), 250]]), trendDays([a, b, c], day(2)));
    expect(result.imports).toBe(2);
    expect(result.series[0]?.values).toEqual([1250, 0]);
  });
});
