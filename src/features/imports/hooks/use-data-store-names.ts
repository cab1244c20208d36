import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { importQueries } from '../api/import-queries.ts';
import type { EventDataStoreName } from '../api/list-event-data-stores.ts';
import type { ImportRow } from '../model.ts';

// GetEventDataStore is for the odd ARN ListEventDataStores did not return; never a request per row.
const MAX_LOOKUPS = 10;
const NO_STORES: EventDataStoreName[] = [];

function foundStores(results: { data?: EventDataStoreName }[]): EventDataStoreName[] {
  return results.flatMap((result) => (result.data ? [result.data] : []));
}

/**
 * Event data store names by ARN: the account's stores from ListEventDataStores, plus GetEventDataStore
 * for destinations that list does not include. (A filter ARN is always one of the listed stores:
 * useResolvedFilters lets no other through.)
 */
export function useDataStoreNames(rows: readonly ImportRow[]) {
  const stores = useQuery(importQueries.dataStores());
  const listed = stores.data ?? NO_STORES;
  const unknown = useMemo(() => {
    if (!stores.isSuccess) return [];
    const known = new Set(listed.map((store) => store.arn));
    const missing = new Set<string>();
    for (const row of rows) {
      for (const arn of row.destinations) if (!known.has(arn)) missing.add(arn);
      if (missing.size >= MAX_LOOKUPS) break;
    }
    return [...missing].slice(0, MAX_LOOKUPS);
  }, [rows, listed, stores.isSuccess]);
  const lookedUp = useQueries({ queries: unknown.map((arn) => importQueries.dataStore(arn)), combine: foundStores });

  const names = useMemo(() => {
    const map = new Map(listed.map((store) => [store.arn, store.name]));
    for (const store of lookedUp) if (store.name) map.set(store.arn, store.name);
    return map;
  }, [listed, lookedUp]);

  return { names, stores: stores.isSuccess ? listed : null, error: stores.error };
}
