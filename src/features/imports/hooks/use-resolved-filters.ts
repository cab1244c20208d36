import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { importQueries } from '../api/import-queries.ts';
import { resolveDestination } from '../destination.ts';
import type { ImportFilters } from '../filters.ts';

type DataStores = Parameters<typeof resolveDestination>[1];

export interface ResolvedFilters {
  /** The filters to list with; null while the destination is still being checked. */
  filters: ImportFilters | null;
  issue: string | null;
}

/**
 * Checks a destination against the account's event data stores before any ListImports uses it, so a
 * link to a store the account does not have is ignored with a notice instead of refused by CloudTrail.
 * If the stores cannot be listed the destination is used as given, and any refusal is shown as usual.
 */
export function useResolvedFilters(filters: ImportFilters): ResolvedFilters {
  const stores = useQuery(importQueries.dataStores());
  // Memoized: a new filters object each render would redo the whole view's row work downstream.
  return useMemo(() => resolve(filters, stores.data, stores.isError), [filters, stores.data, stores.isError]);
}

function resolve(filters: ImportFilters, stores: DataStores | undefined, storesFailed: boolean): ResolvedFilters {
  const wanted = filters.destination;
  if (wanted === null || storesFailed) return { filters, issue: null };
  if (!stores) return { filters: null, issue: null };
  const destination = resolveDestination(wanted, stores);
  if (destination === wanted) return { filters, issue: null };
  if (destination !== null) return { filters: { ...filters, destination }, issue: null };
  return {
    filters: { ...filters, destination: null },
    issue: `Ignored destination "${wanted.length > 60 ? `${wanted.slice(0, 57)}…` : wanted}": this account has no event data store with that ARN or ID here.`,
  };
}
