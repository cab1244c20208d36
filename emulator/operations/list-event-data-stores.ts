import type { Context } from '../context.ts';
import { MAX_RESULTS, NEXT_TOKEN } from '../members.ts';
import type { EventDataStore } from '../model.ts';
import { collect, DEFAULT_PAGE_SIZE } from '../paging.ts';
import { parse, type Shape } from '../shape.ts';
import { invalid } from '../tokens.ts';

const shape = {
  MaxResults: { ...MAX_RESULTS, error: 'InvalidMaxResultsException' },
  NextToken: NEXT_TOKEN,
} as const satisfies Shape;

export function listEventDataStores(body: Record<string, unknown>, { store, tokens }: Context) {
  const { MaxResults, NextToken } = parse(body, shape);
  const scope = ['ListEventDataStores'];
  const after = NextToken === undefined ? undefined : tokens.read(scope, NextToken)[0];
  if (NextToken !== undefined && typeof after !== 'string') throw invalid();
  const stores = [...store.dataStores].sort((a, b) => a.name.localeCompare(b.name));
  const start = after === undefined ? 0 : stores.findIndex((dataStore) => dataStore.name > after);
  const page = collect(stores, start < 0 ? stores.length : start, MaxResults ?? DEFAULT_PAGE_SIZE, () => true);
  const last = page.items.at(-1);
  return {
    // the other list members are deprecated and no longer returned (model docs)
    EventDataStores: page.items.map((dataStore: EventDataStore) => ({ EventDataStoreArn: dataStore.arn, Name: dataStore.name })),
    NextToken: page.more && last ? tokens.issue(scope, [last.name]) : undefined,
  };
}
