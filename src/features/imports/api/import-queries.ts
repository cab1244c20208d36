import { queryOptions } from '@tanstack/react-query';
import { sourceKey, type SourceRef } from '../../../lib/source.ts';
import { listFiltersOf, type ListFilters } from '../filters.ts';
import type { ImportRef, ImportRow } from '../model.ts';
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
 * ['imports'] or ['imports', 'list'] reaches everything below it; the source comes right after the
 * kind, so one source's queries can be reached at once.
 */
export const importQueries = {
  all: () => ['imports'] as const,
  lists: () => [...importQueries.all(), 'list'] as const,
  watches: () => [...importQueries.all(), 'watch'] as const,
  /** One source's full listing for the filters; re-listed on Refresh and rarely otherwise (see useImports). */
  list: (source: SourceRef, filters: ListFilters) =>
    queryOptions({
      queryKey: [...importQueries.lists(), sourceKey(source), listFiltersOf(filters)] as const,
      queryFn: (context) => loadImportListing(source, listFiltersOf(filters), context),
      // Comparing a listing of 100,000 rows with the last one costs more than re-rendering it.
      structuralSharing: false,
      staleTime: 5 * MINUTE,
      refetchOnWindowFocus: false,
      // A listing that failed before the page mounted (the first one starts before React does) is
      // shown as failed with its Retry, not asked again behind the user's back.
      retryOnMount: false,
    }),
  /** One source's cheap refresh: active imports plus re-reads of those that just finished. */
  watch: (source: SourceRef, filters: ListFilters) =>
    queryOptions({
      queryKey: [...importQueries.watches(), sourceKey(source), listFiltersOf(filters)] as const,
      queryFn: async ({ client }): Promise<WatchSnapshot> => {
        const listKey = importQueries.list(source, filters).queryKey;
        const listing = client.getQueryData(listKey);
        const previous = client.getQueryData(importQueries.watch(source, filters).queryKey) ?? EMPTY_WATCH;
        const result = await watchImports({ source, filters: listFiltersOf(filters), previous, listed: listing?.rows ?? [] });
        if (result.needsRelist) void client.refetchQueries({ queryKey: listKey });
        return { ...result.state, ended: result.ended };
      },
      staleTime: 0,
    }),
  /** GetImport for one import: the detail view, and the progress bar of an active row. */
  detail: (ref: ImportRef) =>
    queryOptions({
      queryKey: [...importQueries.all(), 'detail', sourceKey(ref), ref.id] as const,
      queryFn: () => getImport(ref),
    }),
  /** Every ListImportFailures page; the SDK command loads with the detail view, not the first page. */
  failures: (ref: ImportRef) =>
    queryOptions({
      queryKey: [...importQueries.detail(ref).queryKey, 'failures'] as const,
      queryFn: async ({ signal }) => (await import('./list-import-failures.ts')).listImportFailures(ref, signal),
    }),
  allDataStores: () => [...importQueries.all(), 'data-stores'] as const,
  dataStores: (source: SourceRef) =>
    queryOptions({
      queryKey: [...importQueries.allDataStores(), sourceKey(source)] as const,
      queryFn: () => listEventDataStores(source),
      staleTime: 10 * MINUTE,
    }),
  dataStore: (source: SourceRef, arn: string) =>
    queryOptions({
      queryKey: [...importQueries.dataStores(source).queryKey, arn] as const,
      queryFn: () => getEventDataStore(source, arn),
      staleTime: 10 * MINUTE,
    }),
};
