import { useMemo } from 'react';
import type { Source } from '../../../lib/source.ts';
import type { EventDataStoreName } from '../api/list-event-data-stores.ts';
import { resolveDestination } from '../destination.ts';
import type { ImportFilters } from '../filters.ts';
import { sourcesToAsk } from '../source-scope.ts';
import { useAllDataStores } from './use-all-data-stores.ts';

export interface ResolvedFilters {
  /** The filters to list with; null while the destination is still being checked. */
  filters: ImportFilters | null;
  issue: string | null;
}

/**
 * Checks a destination against the event data stores of the sources in view before any ListImports
 * uses it, so a link to a store none of them has is ignored with a notice instead of refused by
 * CloudTrail. If no source can list its stores the destination is used as given, and any refusal is
 * shown as usual.
 */
export function useResolvedFilters(sources: readonly Source[], filters: ImportFilters): ResolvedFilters {
  const inView = useMemo(() => sourcesToAsk(sources, { ...filters, destination: null }), [sources, filters]);
  const { stores, failed } = useAllDataStores(filters.destination === null ? [] : inView);
  // Memoized: a new filters object each render would redo the whole view's row work downstream.
  const where =
    inView.length > 1
      ? 'no account and region in view has an event data store with that ARN or ID.'
      : 'this account has no event data store with that ARN or ID here.';
  return useMemo(() => resolve(filters, stores, failed, where), [filters, stores, failed, where]);
}

function resolve(
  filters: ImportFilters,
  stores: EventDataStoreName[] | null,
  storesFailed: boolean,
  where: string,
): ResolvedFilters {
  const wanted = filters.destination;
  if (wanted === null || storesFailed) return { filters, issue: null };
  if (!stores) return { filters: null, issue: null };
  const destination = resolveDestination(wanted, stores);
  if (destination === wanted) return { filters, issue: null };
  if (destination !== null) return { filters: { ...filters, destination }, issue: null };
  return {
    filters: { ...filters, destination: null },
    issue: `Ignored destination "${wanted.length > 60 ? `${wanted.slice(0, 57)}…` : wanted}": ${where}`,
  };
}
