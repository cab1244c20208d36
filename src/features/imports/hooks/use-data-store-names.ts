import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { sourceOfArn, type Source } from '../../../lib/source.ts';
import { importQueries } from '../api/import-queries.ts';
import type { EventDataStoreName } from '../api/list-event-data-stores.ts';
import type { ImportRow } from '../model.ts';
import { useAllDataStores } from './use-all-data-stores.ts';

// GetEventDataStore is for the odd ARN ListEventDataStores did not return; never a request per row.
const MAX_LOOKUPS = 10;
const NO_STORES: EventDataStoreName[] = [];

function foundStores(results: { data?: EventDataStoreName }[]): EventDataStoreName[] {
  return results.flatMap((result) => (result.data ? [result.data] : []));
}

/**
 * Event data store names by ARN: each source's stores from ListEventDataStores, plus GetEventDataStore
 * (asked of the account and region in the ARN) for destinations those lists do not include. (A filter
 * ARN is always one of the listed stores: useResolvedFilters lets no other through.)
 */
export function useDataStoreNames(sources: readonly Source[], rows: readonly ImportRow[], enabled = true) {
  const all = useAllDataStores(sources, enabled);
  const listed = all.stores ?? NO_STORES;
  const ready = all.stores !== null;
  const unknown = useMemo(() => {
    if (!ready) return [];
    const known = new Set(listed.map((store) => store.arn));
    const missing = new Set<string>();
    for (const row of rows) {
      for (const arn of row.destinations) if (!known.has(arn)) missing.add(arn);
      if (missing.size >= MAX_LOOKUPS) break;
    }
    return [...missing].slice(0, MAX_LOOKUPS);
  }, [rows, listed, ready]);
  const lookedUp = useQueries({
    queries: unknown.map((arn) => importQueries.dataStore(sourceOfArn(arn) ?? sources[0], arn)),
    combine: foundStores,
  });

  const names = useMemo(() => {
    const map = new Map(listed.map((store) => [store.arn, store.name]));
    for (const store of lookedUp) if (store.name) map.set(store.arn, store.name);
    return map;
  }, [listed, lookedUp]);

  return { names, stores: ready && !all.failed ? listed : null, error: all.error };
}
