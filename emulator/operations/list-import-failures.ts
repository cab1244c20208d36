import type { Context } from '../context.ts';
import { failureAt, failureCount } from '../failures.ts';
import { progress } from '../lifecycle.ts';
import { findImport, IMPORT_ID, MAX_RESULTS, NEXT_TOKEN } from '../members.ts';
import { DEFAULT_PAGE_SIZE } from '../paging.ts';
import { parse, type Shape } from '../shape.ts';
import { invalid, type TokenKey } from '../tokens.ts';
import { failureItem } from '../wire.ts';

const shape = {
  ImportId: { ...IMPORT_ID, required: true },
  MaxResults: MAX_RESULTS,
  NextToken: NEXT_TOKEN,
} as const satisfies Shape;

export function listImportFailures(body: Record<string, unknown>, { store, now, tokens }: Context) {
  const { ImportId, MaxResults, NextToken } = parse(body, shape);
  const record = findImport(store, ImportId);
  const seen = progress(record, now);
  const count = failureCount(record, seen);
  const scope = ['ListImportFailures', ImportId];
  const start = NextToken === undefined ? 0 : lastIndex(tokens.read(scope, NextToken)) + 1;
  const end = Math.min(count, start + (MaxResults ?? DEFAULT_PAGE_SIZE));
  const failures = [];
  for (let index = start; index < end; index++) failures.push(failureItem(failureAt(record, seen, index)));
  return {
    Failures: failures,
    // failures are only ever appended, so an index is a stable position
    NextToken: end < count ? tokens.issue(scope, [end - 1]) : undefined,
  };
}

function lastIndex(key: TokenKey): number {
  const [index] = key;
  if (typeof index !== 'number' || key.length !== 1) throw invalid();
  return index;
}
