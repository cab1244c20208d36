import type { QueryClient } from '@tanstack/react-query';
import { firstRequestSent } from '../../../lib/cloudtrail-client.ts';
import type { Source } from '../../../lib/source.ts';
import { sourcesToAsk } from '../source-scope.ts';
import { parseViewUrl } from '../view-url.ts';
import { importQueries } from './import-queries.ts';

/**
 * Starts the listing of every source the view in `search` asks, with the same query options as the
 * page, before the page itself has loaded; the page's queries then join these fetches. Resolves once
 * the first request is on its way (or every listing has ended without one).
 */
export function startFirstListings(client: QueryClient, sources: readonly Source[], search: string): Promise<void> {
  const { filters } = parseViewUrl(search).view;
  // A destination is checked against the sources' data stores before any listing uses it.
  if (filters.destination !== null) return Promise.resolve();
  const listings = sourcesToAsk(sources, filters).map((source) => client.prefetchQuery(importQueries.list(source, filters)));
  return Promise.race([firstRequestSent, Promise.all(listings).then(() => undefined)]);
}
