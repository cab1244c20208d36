import { useQueries } from '@tanstack/react-query';
import type { Source } from '../../../lib/source.ts';
import { importQueries } from '../api/import-queries.ts';
import type { EventDataStoreName } from '../api/list-event-data-stores.ts';

export interface AllDataStores {
  /** Every store the sources listed; null while any is still loading. */
  stores: EventDataStoreName[] | null;
  /** Every source failed to list its stores. */
  failed: boolean;
  /** The first failure, if any source's stores could not be listed. */
  error: unknown;
}

function combine(results: { data?: EventDataStoreName[]; isPending: boolean; isError: boolean; error: unknown }[]): AllDataStores {
  const pending = results.some((result) => result.isPending && !result.isError);
  const stores = results.flatMap((result) => result.data ?? []);
  return {
    stores: pending ? null : stores,
    failed: results.length > 0 && results.every((result) => result.isError),
    error: results.find((result) => result.isError)?.error ?? null,
  };
}

/** ListEventDataStores of every source given (at most 10 stores per region by quota); none asked while not `enabled`. */
export function useAllDataStores(sources: readonly Source[], enabled = true): AllDataStores {
  return useQueries({ queries: sources.map((source) => ({ ...importQueries.dataStores(source), enabled })), combine });
}
