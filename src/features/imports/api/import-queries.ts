import { queryOptions } from '@tanstack/react-query';
import type { ImportFilters } from '../filters.ts';
import type { ImportRow } from '../model.ts';
import { EMPTY_WATCH, type WatchState } from '../refresh-merge.ts';
import { getEventDataStore } from './get-event-data-store.ts';
import { getImport } from './get-import.ts';
import { loadImportListing } from './import-listing.ts';
import { listEventDataStores } from './list-event-data-stores.ts';
import { watchImports } from './watch-imports.ts';

const MINUTE = 60_000;

/** The watch state plus the imports this refresh saw end, for the end-of-import notices. */
export interface WatchSnapshot extends WatchState {
  ended: ImportRow[];
}

/**
 * The one query-key factory for imports. Keys run from general to specific, so invalidating
 * ['imports'] or ['imports', 'list'] reaches everything below it.
 */
export const importQueries = {
  all: () => ['imports'] as const,
  lists: () => [...importQueries.all(), 'list'] as const,
  watches: () => [...importQueries.all(), 'watch'] as const,

  /** The full listing for the filters; re-listed on Refresh and rarely otherwise (see useImports). */
  list: (filters: ImportFilters) =>
    queryOptions({
      queryKey: [...importQueries.lists(), filters] as const,
      queryFn: (context) => loadImportListing(filters, context),
      // Comparing a listing of 100,000 rows with the last one costs more than re-rendering it.
      structuralSharing: false,
      staleTime: 5 * MINUTE,
      refetchOnWindowFocus: false,
    }),

  /** The cheap refresh: active imports plus re-reads of those that just finished. */
  watch: (filters: ImportFilters) =>
    queryOptions({
      queryKey: [...importQueries.watches(), filters] as const,
      queryFn: async ({ client }): Promise<WatchSnapshot> => {
        const listing = client.getQueryData(importQueries.list(filters).queryKey);
        const previous = client.getQueryData(importQueries.watch(filters).queryKey) ?? EMPTY_WATCH;
        const result = await watchImports({ filters, previous, listed: listing?.rows ?? [] });
        if (result.needsRelist) void client.refetchQueries({ queryKey: importQueries.list(filters).queryKey });
        return { ...result.state, ended: result.ended };
      },
      staleTime: 0,
    }),

  /** GetImport for one import: the detail view, and the progress bar of an active row. */
  detail: (importId: string) =>
    queryOptions({
      queryKey: [...importQueries.all(), 'detail', importId] as const,
      queryFn: () => getImport(importId),
    }),

  /** Every ListImportFailures page; the SDK command loads with the detail view, not the first page. */
  failures: (importId: string) =>
    queryOptions({
      queryKey: [...importQueries.detail(importId).queryKey, 'failures'] as const,
      queryFn: async ({ signal }) => (await import('./list-import-failures.ts')).listImportFailures(importId, signal),
    }),

  dataStores: () =>
    queryOptions({
      queryKey: [...importQueries.all(), 'data-stores'] as const,
      queryFn: listEventDataStores,
      staleTime: 10 * MINUTE,
    }),

  dataStore: (arn: string) =>
    queryOptions({
      queryKey: [...importQueries.dataStores().queryKey, arn] as const,
      queryFn: () => getEventDataStore(arn),
      staleTime: 10 * MINUTE,
    }),
};
