import type { EventDataStoreName } from './api/list-event-data-stores.ts';

/**
 * The account's event data store a destination from a link or the filter box means: its exact ARN,
 * the same ARN in other letter case, or the store's ID (the part after "eventdatastore/").
 * Null when the account has no such store: ListImports would only be refused for it.
 */
export function resolveDestination(input: string, stores: readonly EventDataStoreName[]): string | null {
  const exact = stores.find((store) => store.arn === input);
  if (exact) return exact.arn;
  const lower = input.toLowerCase();
  const matches = stores.filter(
    (store) => store.arn.toLowerCase() === lower || store.arn.slice(store.arn.lastIndexOf('/') + 1).toLowerCase() === lower,
  );
  return matches.length === 1 ? matches[0].arn : null;
}
