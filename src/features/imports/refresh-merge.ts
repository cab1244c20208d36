import { matchesFilters, type ListFilters } from './filters.ts';
import { isActive, type ImportRow } from './model.ts';

/**
 * What the cheap refresh learned since the last full listing: the imports now active, and the latest
 * known state of every import that was active and has since changed.
 */
export interface WatchState {
  activeIds: string[];
  updates: ImportRow[];
}

export const EMPTY_WATCH: WatchState = { activeIds: [], updates: [] };

/** Imports that were active (last refresh, or as listed) and are no longer: these need a GetImport. */
export function importsThatLeftActive(
  previous: WatchState,
  listed: readonly ImportRow[],
  activeNow: readonly ImportRow[],
): string[] {
  const stillActive = new Set(activeNow.map((row) => row.id));
  // An import already re-read as ended stays ended until it is retried, and a retry lists it as active.
  const knownEnded = new Set(previous.updates.filter((row) => !isActive(row)).map((row) => row.id));
  const candidates = new Set(previous.activeIds);
  for (const row of listed) if (isActive(row) && !knownEnded.has(row.id)) candidates.add(row.id);
  for (const row of previous.updates) if (isActive(row)) candidates.add(row.id);
  return [...candidates].filter((id) => !stillActive.has(id));
}

/** Newest state wins: the one with the later UpdatedTimestamp; a tie keeps the incoming one. */
export function newer(a: ImportRow | undefined, b: ImportRow): ImportRow {
  return a !== undefined && a.updated > b.updated ? a : b;
}

/**
 * Folds a refresh into the watch state. An update is kept only while it can still change what is
 * shown: the listing has an older state of that import, or the listing lacks it and it matches the filters.
 */
export function nextWatchState(
  previous: WatchState,
  listed: readonly ImportRow[],
  activeNow: readonly ImportRow[],
  reread: readonly ImportRow[],
  filters: ListFilters,
): WatchState {
  const byId = new Map(previous.updates.map((row) => [row.id, row]));
  for (const row of [...activeNow, ...reread]) byId.set(row.id, newer(byId.get(row.id), row));
  const listedById = new Map(listed.map((row) => [row.id, row]));
  const updates = [...byId.values()].filter((row) => {
    const inList = listedById.get(row.id);
    if (inList === undefined) return matchesFilters(row, filters);
    return inList.updated < row.updated || (inList.updated === row.updated && inList.status !== row.status);
  });
  return { activeIds: activeNow.map((row) => row.id).sort(), updates: updates.sort(compareIds) };
}

function compareIds(a: ImportRow, b: ImportRow): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The rows to show: the full listing with the refresh's updates laid over it, newest state winning,
 * and every row checked against the current filters (an import that changed status may leave or join).
 */
export function applyWatch(
  listed: readonly ImportRow[],
  watch: WatchState,
  filters: ListFilters,
): readonly ImportRow[] {
  if (watch.updates.length === 0) return listed;
  const byId = new Map(listed.map((row) => [row.id, row]));
  for (const update of watch.updates) {
    const merged = newer(byId.get(update.id), update);
    if (matchesFilters(merged, filters)) byId.set(update.id, merged);
    else byId.delete(update.id);
  }
  return [...byId.values()];
}
