import { describe, expect, it } from 'vitest';
import { buildTimeline, packRows, type TimelineBar } from './lanes.ts';
import { anImport, STORE_A, STORE_B } from './test-imports.ts';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 28, 12);
const bar = (item: number, start: number, end: number): TimelineBar => ({ item, start: start * HOUR, end: end * HOUR, status: 0 });
const names = new Map([[STORE_A, 'alpha-store'], [STORE_B, 'beta-store']]);

describe('lane packing', () => {
  it('puts bars that do not overlap in one row, and overlapping ones in the first free row', () => {
    const rows = packRows([bar(0, 0, 2), bar(1, 1, 3), bar(2, 2, 4), bar(3, 3, 5), bar(4, 3.5, 4)], 4);
    expect(rows.map((row) => row.map((b) => b.item))).toEqual([[0, 2], [1, 3], [4]]);
  });

  it('stops at the row limit and overlaps the rest in the row that frees up first', () => {
    const rows = packRows([bar(0, 0, 10), bar(1, 0, 5), bar(2, 1, 3)], 2);
    expect(rows.map((row) => row.map((b) => b.item))).toEqual([[0], [1, 2]]);
  });

  it('gives each destination its own lane, sorted by store name, and an import with two destinations a bar in each', () => {
    const imports = [
      anImport({ created: NOW - 10 * HOUR, destinations: [STORE_B] }),
      anImport({ created: NOW - 8 * HOUR, destinations: [STORE_A, STORE_B] }),
      anImport({ created: NOW - 6 * HOUR, destinations: [] }),
    ];
    const model = buildTimeline(imports, names, NOW);
    expect(model.lanes.map((lane) => [lane.name, lane.bars, lane.source])).toEqual([
      ['(no destination)', 1, null],
      ['alpha-store', 1, null],
      ['beta-store', 2, null],
    ]);
    expect(model.start).toBe(NOW - 10 * HOUR);
  });

  it('draws a running import up to now and an ended one up to its last update', () => {
    const running = anImport({ created: NOW - 2 * HOUR, updated: NOW - HOUR, status: 'IN_PROGRESS' });
    const ended = anImport({ created: NOW - 5 * HOUR, updated: NOW - 4 * HOUR, status: 'FAILED' });
    const model = buildTimeline([running, ended], names, NOW);
    const bars = model.rows.flat();
    expect(bars.find((b) => b.item === 0)?.end).toBe(NOW);
    expect(bars.find((b) => b.item === 1)?.end).toBe(NOW - 4 * HOUR);
    expect(model.statuses[bars.find((b) => b.item === 1)?.status ?? -1]).toBe('FAILED');
    expect(model.end).toBe(NOW);
  });

  it('keys lanes by account, region and destination, naming the source only when there are several', () => {
    const imports = [
      anImport({ created: NOW - 3 * HOUR, account: '111111111111', accountName: 'prod', region: 'eu-west-1' }),
      anImport({ created: NOW - 2 * HOUR, account: '111111111111', region: 'us-east-1' }),
      anImport({ created: NOW - HOUR, account: '111111111111', region: 'us-east-1' }),
    ];
    const model = buildTimeline(imports, names, NOW);
    expect(model.lanes.map((lane) => [lane.source, lane.name, lane.bars])).toEqual([
      ['prod (111111111111) · eu-west-1', 'alpha-store', 1],
      ['111111111111 · us-east-1', 'alpha-store', 2],
    ]);
    expect(model.rowLane).toEqual([0, 1]);
  });
});
