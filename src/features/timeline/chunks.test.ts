import { describe, expect, it } from 'vitest';
import { CHUNK_PX, itemAt, layoutRow, MIN_BAR_PX, type RowItem } from './chunks.ts';
import type { TimelineBar } from './lanes.ts';

const MINUTE = 60_000;
// 1,000 px for 1,000 minutes: one pixel per minute.
const WINDOW = { start: 0, end: 1000 * MINUTE };
const bar = (item: number, start: number, minutes: number, status = 0): TimelineBar => ({
  item,
  start: start * MINUTE,
  end: (start + minutes) * MINUTE,
  status,
});
const shape = (items: RowItem[]) => items.map((item) => (item.bar ? `bar ${item.bar.item}` : `chunk of ${item.count}`));

describe('chunk merging at wide zoom', () => {
  it('keeps bars of at least two pixels as bars, at their place in the window', () => {
    const items = layoutRow([bar(0, 100, 50), bar(1, 200, MIN_BAR_PX)], 3, WINDOW, 1000, 2);
    expect(shape(items)).toEqual(['bar 0', 'bar 1']);
    expect(items[0]).toMatchObject({ row: 3, x0: 100, x1: 150, count: 1 });
  });

  it('merges thin bars that nearly touch into one counted chunk with their status mix', () => {
    const items = layoutRow([bar(0, 0, 0.5, 0), bar(1, 1, 0.5, 1), bar(2, 2.5, 1, 1), bar(3, 10, 40)], 0, WINDOW, 1000, 2);
    expect(shape(items)).toEqual(['chunk of 3', 'bar 3']);
    expect(items[0]?.statusCounts).toEqual([1, 2]);
    expect(items[0]?.start).toBe(0);
    expect(items[0]?.end).toBe(3.5 * MINUTE);
  });

  it('takes a short bar that starts inside a chunk into it, but leaves a long one a bar', () => {
    const items = layoutRow([bar(0, 100, 0.5), bar(1, 100.5, 0.5), bar(2, 101, 8), bar(3, 110, 300)], 0, WINDOW, 1000, 1);
    expect(shape(items)).toEqual(['chunk of 3', 'bar 3']);
  });

  it('merges a bar drawn over the one before it, as in a lane with more overlapping imports than rows', () => {
    const items = layoutRow([bar(0, 100, 50), bar(1, 120, 50), bar(2, 300, 10)], 0, WINDOW, 1000, 1);
    expect(shape(items)).toEqual(['chunk of 2', 'bar 2']);
    expect(items[0]).toMatchObject({ x0: 100, x1: 170 });
  });

  it('leaves a lone thin bar a bar, drawn two pixels wide so it can be seen and clicked', () => {
    const items = layoutRow([bar(0, 100, 0.2), bar(1, 300, 0.2)], 0, WINDOW, 1000, 1);
    expect(shape(items)).toEqual(['bar 0', 'bar 1']);
    expect((items[0]?.x1 ?? 0) - (items[0]?.x0 ?? 0)).toBe(MIN_BAR_PX);
  });

  it('starts a new chunk every few dozen pixels, so a dense stretch reads as counts along the time axis', () => {
    const dense = Array.from({ length: 400 }, (_, i) => bar(i, i * 0.25, 0.2));
    const items = layoutRow(dense, 0, WINDOW, 1000, 1);
    expect(items.length).toBeGreaterThan(2);
    expect(items.every((item) => item.x1 - item.x0 <= CHUNK_PX + MIN_BAR_PX)).toBe(true);
    expect(items.reduce((sum, item) => sum + item.count, 0)).toBe(400);
  });

  it('shows only the bars that reach into the window, and zooming in splits a chunk into bars', () => {
    const bars = [bar(0, 10, 1), bar(1, 11.5, 1), bar(2, 500, 5), bar(3, 2000, 5)];
    expect(shape(layoutRow(bars, 0, { start: 100 * MINUTE, end: 1100 * MINUTE }, 1000, 1))).toEqual(['bar 2']);
    expect(shape(layoutRow(bars, 0, WINDOW, 1000, 1))).toEqual(['chunk of 2', 'bar 2']);
    expect(shape(layoutRow(bars, 0, { start: 0, end: 100 * MINUTE }, 1000, 1))).toEqual(['bar 0', 'bar 1']);
  });

  it('lays out the same items when it skips, by binary search, the bars that end before the window', () => {
    const bars = Array.from({ length: 500 }, (_, i) => bar(i, i * 7, i % 3 === 0 ? 30 : 0.5));
    const window = { start: 2000 * MINUTE, end: 2600 * MINUTE };
    expect(layoutRow(bars, 0, window, 600, 1, 30 * MINUTE)).toEqual(layoutRow(bars, 0, window, 600, 1));
  });

  it('finds the item under the pointer, or the nearest one within a few pixels', () => {
    const items = layoutRow([bar(0, 100, 50), bar(1, 300, 0.2)], 0, WINDOW, 1000, 1);
    expect(itemAt(items, 120)).toBe(0);
    expect(itemAt(items, 303)).toBe(1);
    expect(itemAt(items, 200)).toBe(-1);
  });
});
