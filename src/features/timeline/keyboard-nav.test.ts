import { describe, expect, it } from 'vitest';
import { layoutRow } from './chunks.ts';
import { findTarget, moveItem, targetOf } from './keyboard-nav.ts';
import type { TimelineBar } from './lanes.ts';

const MINUTE = 60_000;
const WINDOW = { start: 0, end: 1000 * MINUTE };
const bar = (item: number, start: number, minutes: number): TimelineBar => ({ item, start: start * MINUTE, end: (start + minutes) * MINUTE, status: 0 });
const layout = (rows: TimelineBar[][], window = WINDOW) => rows.map((bars, row) => layoutRow(bars, row, window, 1000, 1));

describe('keyboard movement between bars', () => {
  const rows = layout([[bar(0, 10, 20), bar(1, 400, 20), bar(2, 800, 20)], [], [bar(3, 380, 30), bar(4, 900, 10)]]);

  it('starts on the latest item of the first row that has any', () => {
    expect(moveItem(rows, null, 'next')).toEqual({ row: 0, index: 2 });
  });

  it('moves along a row in time and stops at its ends', () => {
    expect(moveItem(rows, { row: 0, index: 1 }, 'previous')).toEqual({ row: 0, index: 0 });
    expect(moveItem(rows, { row: 0, index: 0 }, 'previous')).toEqual({ row: 0, index: 0 });
    expect(moveItem(rows, { row: 0, index: 2 }, 'next')).toEqual({ row: 0, index: 2 });
    expect(moveItem(rows, { row: 0, index: 1 }, 'first')).toEqual({ row: 0, index: 0 });
    expect(moveItem(rows, { row: 0, index: 0 }, 'last')).toEqual({ row: 0, index: 2 });
  });

  it('moves down past an empty row to the item nearest in time, and back up', () => {
    expect(moveItem(rows, { row: 0, index: 1 }, 'down')).toEqual({ row: 2, index: 0 });
    expect(moveItem(rows, { row: 2, index: 1 }, 'up')).toEqual({ row: 0, index: 2 });
    expect(moveItem(rows, { row: 2, index: 1 }, 'down')).toEqual({ row: 2, index: 1 });
  });

  it('keeps focus on the same import after zooming out merges it into a chunk, and after zooming back in', () => {
    const bars = [[bar(0, 100, 0.5), bar(1, 101, 0.5), bar(2, 500, 30)]];
    const near = layout(bars, { start: 90 * MINUTE, end: 110 * MINUTE });
    const second = near[0]?.[1];
    if (!second) throw new Error('no second bar');
    const focused = targetOf(second);
    expect(focused.item).toBe(1);
    const far = layout(bars);
    const inChunk = findTarget(far, focused);
    expect(far[0]?.[inChunk?.index ?? -1]?.count).toBe(2);
    expect(findTarget(near, focused)).toEqual({ row: 0, index: 1 });
  });
});
