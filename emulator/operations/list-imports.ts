import type { Context } from '../context.ts';
import { AwsError } from '../errors.ts';
import { EVENT_DATA_STORE_ARN, MAX_RESULTS, NEXT_TOKEN } from '../members.ts';
import { IMPORT_STATUSES, type ImportRecord } from '../model.ts';
import { collect, DEFAULT_PAGE_SIZE } from '../paging.ts';
import { parse, type Shape } from '../shape.ts';
import { indexAfter, type SortKey } from '../store.ts';
import { invalid, type TokenKey } from '../tokens.ts';
import { importListItem } from '../wire.ts';

const shape = {
  MaxResults: MAX_RESULTS,
  Destination: EVENT_DATA_STORE_ARN,
  ImportStatus: { type: 'string', enum: IMPORT_STATUSES },
  NextToken: NEXT_TOKEN,
} as const satisfies Shape;

export function listImports(body: Record<string, unknown>, { store, now, tokens }: Context) {
  const { MaxResults, Destination, ImportStatus, NextToken } = parse(body, shape);
  if (Destination !== undefined && !store.dataStores.some((dataStore) => dataStore.arn === Destination)) {
    const message = `The event data store ARN ${Destination} does not map to an event data store in your account.`;
    throw new AwsError('EventDataStoreARNInvalidException', message);
  }
  // tokens are tied to the filters they were issued with (InvalidNextTokenException docs)
  const scope = ['ListImports', ImportStatus ?? null, Destination ?? null];
  const candidates = ImportStatus === undefined ? store.imports : store.withStatus(ImportStatus, now);
  const start = NextToken === undefined ? 0 : indexAfter(candidates, sortKey(tokens.read(scope, NextToken)));
  const keep = (record: ImportRecord) => Destination === undefined || record.destination === Destination;
  const page = collect(candidates, start, MaxResults ?? DEFAULT_PAGE_SIZE, keep);
  const last = page.items.at(-1);
  return {
    Imports: page.items.map((record) => importListItem(record, now)),
    NextToken: page.more && last ? tokens.issue(scope, [last.createdMs, last.id]) : undefined,
  };
}

function sortKey(key: TokenKey): SortKey {
  const [createdMs, id] = key;
  if (typeof createdMs !== 'number' || typeof id !== 'string' || key.length !== 2) throw invalid();
  return { createdMs, id };
}
