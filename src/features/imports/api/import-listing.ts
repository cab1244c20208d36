import type { QueryFunctionContext, QueryKey } from '@tanstack/react-query';
import type { ImportFilters } from '../filters.ts';
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
  filters: ImportFilters,
  { client, queryKey, signal }: Pick<QueryFunctionContext<QueryKey>, 'client' | 'queryKey' | 'signal'>,
): Promise<ImportListing> {
  const progressive = client.getQueryData(queryKey) === undefined;
  let rows: ImportRow[] = [];
  for await (const event of listAllImports(filters, signal)) {
    rows = event.type === 'restart' ? [] : rows.concat(event.rows);
    if (progressive && !signal.aborted) client.setQueryData<ImportListing>(queryKey, { rows, complete: false });
  }
  return { rows, complete: true };
}
