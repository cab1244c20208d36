import type { TimelineBar } from './lanes.ts';

export interface TimeWindow {
  start: number;
  end: number;
}

/** What one row shows in the window: a single bar, or a chunk of bars too thin to draw apart. */
export interface RowItem {
  row: number;
  /** CSS pixels from the plot's left edge; at least MIN_BAR_PX wide. */
  x0: number;
  x1: number;
  start: number;
  end: number;
  count: number;
  /** The one bar, or null for a chunk. */
  bar: TimelineBar | null;
  /** Bars per status index, for a chunk's status mix. */
  statusCounts: number[];
}

export const MIN_BAR_PX = 2;
// Chunks stay within a stretch this wide, aligned to time rather than to the window's edge, so
// panning does not regroup them and each still says roughly where its imports are.
export const CHUNK_PX = 32;

/**
 * The items of one row in the window at `width` pixels. Bars at least MIN_BAR_PX wide stay bars;
 * thinner ones merge with neighbours closer than MIN_BAR_PX into counted chunks, which also take in
 * short bars that start inside them. A bar drawn over the one before it (only in a lane with more
 * overlapping imports than rows) merges with it too.
 */
export function layoutRow(
  bars: readonly TimelineBar[],
  row: number,
  window: TimeWindow,
  width: number,
  statusCount: number,
  /** The row's longest bar, so the bars that end before the window can be skipped by binary search. */
  maxSpan = Number.POSITIVE_INFINITY,
): RowItem[] {
  const span = window.end - window.start;
  if (span <= 0 || width <= 0) return [];
  const scale = width / span;
  const chunkMs = CHUNK_PX / scale;
  const items: RowItem[] = [];
  let open: RowItem | null = null;
  let openSlot = 0;
  for (let index = firstReaching(bars, window.start - maxSpan); index < bars.length; index++) {
    const bar = bars[index];
    if (!bar || bar.start > window.end) break;
    if (bar.end < window.start) continue;
    const x0 = (bar.start - window.start) * scale;
    const x1 = (bar.end - window.start) * scale;
    const slot = Math.floor(bar.start / chunkMs);
    if (open) {
      const thinOpen = open.count > 1 || open.x1 - open.x0 < MIN_BAR_PX;
      const near = slot === openSlot && x0 <= open.x1 + MIN_BAR_PX && x1 - x0 < CHUNK_PX / 2;
      if (x0 < open.x1 || (thinOpen && near)) {
        open.count++;
        open.x1 = Math.max(open.x1, x1);
        open.end = Math.max(open.end, bar.end);
        open.statusCounts[bar.status] = (open.statusCounts[bar.status] ?? 0) + 1;
        continue;
      }
      items.push(finish(open));
    }
    const statusCounts = new Array<number>(statusCount).fill(0);
    statusCounts[bar.status] = 1;
    open = { row, x0, x1, start: bar.start, end: bar.end, count: 1, bar, statusCounts };
    openSlot = slot;
  }
  if (open) items.push(finish(open));
  return items;
}

/** The first bar starting at or after `time`, in bars ordered by start. */
function firstReaching(bars: readonly TimelineBar[], time: number): number {
  let low = 0;
  let high = bars.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((bars[middle]?.start ?? 0) < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

function finish(item: RowItem): RowItem {
  const x1 = Math.max(item.x1, item.x0 + MIN_BAR_PX);
  return item.count === 1 ? { ...item, x1, statusCounts: [] } : { ...item, x1, bar: null };
}

/** The item under a point of a row, or the nearest within `slop` pixels. */
export function itemAt(items: readonly RowItem[], x: number, slop = 3): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  items.forEach((item, index) => {
    const distance = x < item.x0 ? item.x0 - x : x > item.x1 ? x - item.x1 : 0;
    if (distance <= slop && distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}
