import type { QueryClient } from '@tanstack/react-query';
import type { SourceRef } from '../../../lib/source.ts';
import { listFiltersOf, matchesFilters, NO_LIST_FILTERS, type ListFilters } from '../filters.ts';
import type { ImportListing } from './import-listing.ts';
import { importQueries } from './import-queries.ts';

/**
 * What a filtered listing will find, known already when the source's unfiltered listing is loaded:
 * shown at once, marked incomplete, while CloudTrail's own listing for the filters replaces it.
 */
export function knownListing(client: QueryClient, source: SourceRef, filters: ListFilters): ImportListing | undefined {
  const wanted = listFiltersOf(filters);
  if (wanted.status === null && wanted.destination === null) return undefined;
  const all = client.getQueryData(importQueries.list(source, NO_LIST_FILTERS).queryKey);
  if (!all?.complete) return undefined;
  return { rows: all.rows.filter((row) => matchesFilters(row, wanted)), complete: false };
}
