import type { SourceRef } from '../../../lib/source.ts';
import type { ListFilters } from '../filters.ts';
import { rowOf } from '../import-detail.ts';
import { ACTIVE_STATUSES, isActive, type ImportRef, type ImportRow } from '../model.ts';
import { importsThatLeftActive, nextWatchState, type WatchState } from '../refresh-merge.ts';
import { getImport } from './get-import.ts';
import { listAllImports } from './list-imports.ts';

// Only one import can run per account and region, so more than this many changes at once means the view is old.
export const MAX_REREADS = 10;

export interface WatchInput {
  source: SourceRef;
  filters: ListFilters;
  previous: WatchState;
  listed: readonly ImportRow[];
}

export interface WatchResult {
  state: WatchState;
  /** Too much changed for single re-reads: the caller should re-list everything. */
  needsRelist: boolean;
  /** Imports that were active and have ended since the last refresh, as they ended. */
  ended: ImportRow[];
}

/**
 * One refresh whose cost does not grow with the number of imports: list the active imports (one
 * request per active status), then re-read with GetImport only those that were active and no longer are.
 */
export async function watchImports({ source, filters, previous, listed }: WatchInput): Promise<WatchResult> {
  const activeNow = (
    await Promise.all(ACTIVE_STATUSES.map((status) => collect(source, { status, destination: filters.destination })))
  ).flat();
  const left = importsThatLeftActive(previous, listed, activeNow);
  if (left.length > MAX_REREADS) {
    return { state: nextWatchState(previous, listed, activeNow, [], filters), needsRelist: true, ended: [] };
  }
  const reread = (await Promise.all(left.map((id) => rereadImport({ ...source, id })))).filter((row) => row !== null);
  return {
    state: nextWatchState(previous, listed, activeNow, reread, filters),
    needsRelist: false,
    ended: reread.filter((row) => !isActive(row)),
  };
}

async function collect(source: SourceRef, filters: ListFilters): Promise<ImportRow[]> {
  const rows: ImportRow[] = [];
  for await (const event of listAllImports(source, filters)) {
    if (event.type === 'restart') rows.length = 0;
    else rows.push(...event.rows);
  }
  return rows;
}

async function rereadImport(ref: ImportRef): Promise<ImportRow | null> {
  try {
    return rowOf(await getImport(ref));
  } catch (error) {
    if (error instanceof Error && error.name === 'ImportNotFoundException') return null;
    throw error;
  }
}
