import { queryOptions } from '@tanstack/react-query';
import type { ImportFilters } from '../filters.ts';
import { EMPTY_WATCH, type WatchState } from '../refresh-merge.ts';
import { getEventDataStore } from './get-event-data-store.ts';
import { loadImportListing } from './import-listing.ts';
import { listEventDataStores } from './list-event-data-stores.ts';
import { watchImports } from './watch-imports.ts';

const MINUTE = 60_000;

/**
 * The one query-key factory for imports. Keys run from general to specific, so invalidating
 * ['imports'] or ['imports', 'list'] reaches everything below it. A later `.detail(id)` and
 * `.failures(id)` sit next to `.list(filters)`.
 */
export const importQueries = {
  all: () => ['imports'] as const,
  lists: () => [...importQueries.all(), 'list'] as const,

  /** The full listing for the filters; re-listed on Refresh and rarely otherwise (see useImports). */
  list: (filters: ImportFilters) =>
    queryOptions({
      queryKey: [...importQueries.lists(), filters] as const,
      queryFn: (context) => loadImportListing(filters, context),
      staleTime: 5 * MINUTE,
      refetchOnWindowFocus: false,
    }),

  /** The cheap refresh: active imports plus re-reads of those that just finished. */
  watch: (filters: ImportFilters) =>
    queryOptions({
      queryKey: [...importQueries.all(), 'watch', filters] as const,
      queryFn: async ({ client }): Promise<WatchState> => {
        const listing = client.getQueryData(importQueries.list(filters).queryKey);
        const previous = client.getQueryData(importQueries.watch(filters).queryKey) ?? EMPTY_WATCH;
        const result = await watchImports({ filters, previous, listed: listing?.rows ?? [] });
        if (result.needsRelist) void client.refetchQueries({ queryKey: importQueries.list(filters).queryKey });
        return result.state;
      },
      staleTime: 0,
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
