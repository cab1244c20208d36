import type { QueryFunctionContext, QueryKey } from '@tanstack/react-query';
import type { SourceRef } from '../../../lib/source.ts';
import type { ListFilters } from '../filters.ts';
import type { ImportRow } from '../model.ts';
import { listAllImports } from './list-imports.ts';

/** Every import matching the filters; `complete` is false while later pages are still loading. */
export interface ImportListing {
  rows: ImportRow[];
  complete: boolean;
}

/**
 * Loads all pages. On a first load each page is published as it arrives, so the table fills up
 * while the count grows; a re-list keeps the rows on screen and swaps them in only when it is done.
 */
export async function loadImportListing(
  source: SourceRef,
  filters: ListFilters,
  { client, queryKey, signal }: Pick<QueryFunctionContext<QueryKey>, 'client' | 'queryKey' | 'signal'>,
): Promise<ImportListing> {
  const progressive = client.getQueryData(queryKey) === undefined;
  const schedule = publishSchedule();
  let rows: ImportRow[] = [];
  const publish = () => {
    if (progressive && !signal.aborted) client.setQueryData<ImportListing>(queryKey, { rows, complete: false });
  };
  try {
    for await (const event of listAllImports(source, filters, signal)) {
      if (event.type === 'restart') schedule.restart();
      rows = event.type === 'restart' ? [] : rows.concat(event.rows);
      if (event.type === 'page' && schedule.due()) publish();
    }
  } catch (error) {
    // What loaded before the failure stays on screen; with nothing loaded, it is a failed first load.
    if (rows.length > 0) publish();
    throw error;
  }
  return { rows, complete: true };
}

const PUBLISH_EVERY_MS = 1_000;

/**
 * Each publish re-sorts and re-renders every row loaded so far, and takes the main thread from the
 * pages still arriving; publishing every page would make a long listing quadratic. The first page
 * shows at once, then the rows loaded so far at most once a second, which keeps the count moving.
 */
function publishSchedule() {
  let pages = 0;
  let last = 0;
  return {
    restart: () => {
      pages = 0;
    },
    due: () => {
      pages += 1;
      const now = performance.now();
      if (pages > 1 && now - last < PUBLISH_EVERY_MS) return false;
      last = now;
      return true;
    },
  };
}
