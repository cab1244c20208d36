import type { RowItem } from './chunks.ts';

export interface ItemRef {
  row: number;
  index: number;
}

export type Move = 'previous' | 'next' | 'up' | 'down' | 'first' | 'last';

/** What keyboard focus follows across zoom and pan: the import, or the time a chunk covered. */
export interface FocusTarget {
  row: number;
  /** The import's index, or -1 for a chunk. */
  item: number;
  time: number;
}

const center = (item: RowItem) => (item.x0 + item.x1) / 2;

/** Where an arrow key goes: along the row in time, or to the nearest item of the next row that has any. */
export function moveItem(rows: readonly (readonly RowItem[])[], from: ItemRef | null, move: Move): ItemRef | null {
  const current = from ? rows[from.row]?.[from.index] : undefined;
  if (!from || !current) {
    const row = rows.findIndex((items) => items.length > 0);
    return row < 0 ? null : { row, index: (rows[row]?.length ?? 1) - 1 };
  }
  const length = rows[from.row]?.length ?? 0;
  switch (move) {
    case 'previous':
      return { row: from.row, index: Math.max(0, from.index - 1) };
    case 'next':
      return { row: from.row, index: Math.min(length - 1, from.index + 1) };
    case 'first':
      return { row: from.row, index: 0 };
    case 'last':
      return { row: from.row, index: length - 1 };
    case 'up':
    case 'down': {
      const step = move === 'up' ? -1 : 1;
      for (let row = from.row + step; row >= 0 && row < rows.length; row += step) {
        const index = nearest(rows[row] ?? [], center(current));
        if (index >= 0) return { row, index };
      }
      return from;
    }
  }
}

function nearest(items: readonly RowItem[], x: number): number {
  let best = -1;
  let distance = Number.POSITIVE_INFINITY;
  items.forEach((item, index) => {
    const d = Math.abs(center(item) - x);
    if (d < distance) {
      best = index;
      distance = d;
    }
  });
  return best;
}

export function targetOf(item: RowItem): FocusTarget {
  return { row: item.row, item: item.bar ? item.bar.item : -1, time: (item.start + item.end) / 2 };
}

/** The item that now shows the target: its bar, the chunk it went into, or the nearest in time. */
export function findTarget(rows: readonly (readonly RowItem[])[], target: FocusTarget): ItemRef | null {
  const items = rows[target.row] ?? [];
  if (items.length === 0) return null;
  let best = 0;
  let distance = Number.POSITIVE_INFINITY;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (!item) continue;
    if (target.item >= 0 && item.bar?.item === target.item) return { row: target.row, index };
    const d = target.time < item.start ? item.start - target.time : target.time > item.end ? target.time - item.end : 0;
    if (d < distance) {
      best = index;
      distance = d;
    }
  }
  return { row: target.row, index: best };
}
