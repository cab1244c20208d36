import { sourceLabel } from '../../lib/source.ts';
import { endOf, statusesOf, type TimelineImport } from './timeline-import.ts';

/** One import's bar in one lane; `item` indexes the imports the timeline was built from. */
export interface TimelineBar {
  item: number;
  start: number;
  end: number;
  /** Index into the timeline's statuses. */
  status: number;
}

export interface Lane {
  key: string;
  /** The destination event data store's name, or the end of its ARN while the name is unknown. */
  name: string;
  destination: string;
  /** "account-name (account) · region", only when the imports come from more than one source. */
  source: string | null;
  /** "region · account-name": the same, short enough for the lane's label. */
  shortSource: string | null;
  firstRow: number;
  rowCount: number;
  bars: number;
}

export interface TimelineModel {
  imports: readonly TimelineImport[];
  statuses: string[];
  lanes: Lane[];
  /** Every lane's rows one after another; each row's bars ordered by start. */
  rows: TimelineBar[][];
  rowLane: number[];
  /** Each row's longest bar, in ms. */
  rowMaxSpan: number[];
  /** From the first import's creation to the last bar's end (now while one runs). */
  start: number;
  end: number;
}

// Overlapping imports of one store stack into rows. CloudTrail runs one import at a time per account,
// so real lanes rarely need a second row; beyond this many (generated data) a bar that
// does not fit goes to the row that frees up first, where it merges into a chunk.
export const MAX_ROWS_PER_LANE = 16;
const NO_DESTINATION = '(no destination)';

/** Lanes keyed by (account, region, destination), sorted by source then name, their bars packed into rows. */
export function buildTimeline(
  imports: readonly TimelineImport[],
  names: ReadonlyMap<string, string>,
  now: number,
  maxRows = MAX_ROWS_PER_LANE,
): TimelineModel {
  const statuses = statusesOf(imports);
  const statusIndex = new Map(statuses.map((status, i) => [status, i]));
  type Entry = { lane: Omit<Lane, 'firstRow' | 'rowCount' | 'bars'>; sort: string; bars: TimelineBar[] };
  // Nested by account, region and destination, so 100,000 imports build no key strings.
  const perAccount = new Map<string, Map<string, Map<string, Entry>>>();
  const sources: { label: string; short: string; lanes: Map<string, Entry> }[] = [];
  const lanesOf = ({ account, accountName, region }: TimelineImport) => {
    const regions = perAccount.get(account) ?? new Map<string, Map<string, Entry>>();
    perAccount.set(account, regions);
    let lanes = regions.get(region);
    if (!lanes) {
      lanes = new Map();
      regions.set(region, lanes);
      const label = sourceLabel({ account, accountName: accountName ?? '', region });
      sources.push({ label, short: `${region} · ${accountName || account}`, lanes });
    }
    return lanes;
  };
  const entries: Entry[] = [];
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  imports.forEach((item, index) => {
    const bar = { item: index, start: item.created, end: endOf(item, now), status: statusIndex.get(item.status) ?? 0 };
    start = Math.min(start, bar.start);
    end = Math.max(end, bar.end);
    const lanesOfSource = lanesOf(item);
    for (const destination of item.destinations.length > 0 ? item.destinations : ['']) {
      let entry = lanesOfSource.get(destination);
      if (!entry) {
        const name = names.get(destination) || destination.slice(destination.lastIndexOf('/') + 1) || NO_DESTINATION;
        const key = `${item.account}\u0000${item.region}\u0000${destination}`;
        const sort = `${item.account}\u0000${item.region}\u0000${name}\u0000${destination}`;
        entry = { lane: { key, name, destination, source: null, shortSource: null }, sort, bars: [] };
        lanesOfSource.set(destination, entry);
        entries.push(entry);
      }
      entry.bars.push(bar);
    }
  });
  if (sources.length > 1) {
    for (const source of sources) {
      for (const entry of source.lanes.values()) Object.assign(entry.lane, { source: source.label, shortSource: source.short });
    }
  }
  const lanes: Lane[] = [];
  const rows: TimelineBar[][] = [];
  const rowLane: number[] = [];
  const rowMaxSpan: number[] = [];
  const ordered = entries.sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));
  for (const { lane, bars } of ordered) {
    bars.sort((a, b) => a.start - b.start || a.end - b.end);
    const packed = packRows(bars, maxRows);
    lanes.push({ ...lane, firstRow: rows.length, rowCount: packed.length, bars: bars.length });
    for (const row of packed) {
      rows.push(row);
      rowLane.push(lanes.length - 1);
      rowMaxSpan.push(row.reduce((longest, bar) => Math.max(longest, bar.end - bar.start), 0));
    }
  }
  return imports.length === 0
    ? { imports, statuses, lanes, rows, rowLane, rowMaxSpan, start: now, end: now }
    : { imports, statuses, lanes, rows, rowLane, rowMaxSpan, start, end };
}

/**
 * Greedy interval packing of bars ordered by start: each bar goes to the first row that is free by
 * its start, a new row while there are fewer than `maxRows`, else the row that frees up first.
 */
export function packRows(bars: readonly TimelineBar[], maxRows: number): TimelineBar[][] {
  const rows: TimelineBar[][] = [];
  const freeAt: number[] = [];
  for (const bar of bars) {
    let target = freeAt.findIndex((end) => end <= bar.start);
    if (target < 0 && rows.length < maxRows) {
      target = rows.length;
      rows.push([]);
      freeAt.push(bar.end);
    }
    if (target < 0) target = freeAt.indexOf(Math.min(...freeAt));
    rows[target]?.push(bar);
    freeAt[target] = Math.max(freeAt[target] ?? 0, bar.end);
  }
  return rows;
}
