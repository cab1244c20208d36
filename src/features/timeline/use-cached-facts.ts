import { useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { importQueries } from '../imports/api/import-queries.ts';
import type { ImportFailure } from '../imports/failures/failure-model.ts';
import type { ImportDetail } from '../imports/import-detail.ts';
import { importKey, type ImportRef } from '../imports/model.ts';
import type { FailureEntry } from './trend-series.ts';

export interface CachedFacts {
  /** ListImportFailures answers already loaded (by the detail view), by importKey. */
  failures: ReadonlyMap<string, readonly FailureEntry[]>;
  /** EventsCompleted from GetImport answers already loaded, by importKey. */
  events: ReadonlyMap<string, number>;
}

// A burst of GetImport answers updates the trends a few times a second, not once per answer.
const SETTLE_MS = 400;
const DETAIL = [...importQueries.all(), 'detail'] as const;

/** What the query cache already knows about imports beyond ListImports; nothing here sends a request. */
export function useCachedFacts(): CachedFacts {
  const client = useQueryClient();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = client.getQueryCache().subscribe((event) => {
      if (event.query.queryKey[1] !== DETAIL[1] || event.type === 'observerResultsUpdated') return;
      timer ??= setTimeout(() => {
        timer = undefined;
        setVersion((v) => v + 1);
      }, SETTLE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [client]);
  // `version` stands for the cache's contents.
  return useMemo(() => readFacts(client, version), [client, version]);
}

function readFacts(client: QueryClient, _version: number): CachedFacts {
  const failures = new Map<string, FailureEntry[]>();
  const events = new Map<string, number>();
  for (const query of client.getQueryCache().findAll({ queryKey: DETAIL })) {
    const ref = refOfFailures(query);
    const data: unknown = query.state.data;
    if (ref && Array.isArray(data)) failures.set(importKey(ref), data.filter(isFailure));
    else if (isDetail(data) && data.statistics) events.set(importKey(data), data.statistics.eventsCompleted);
  }
  return { failures, events };
}

/** The import a failures query belongs to, checked against the key factory so a changed key matches nothing. */
function refOfFailures(query: Query): ImportRef | null {
  const [, , source, id, kind] = query.queryKey;
  if (kind !== 'failures' || typeof source !== 'string' || typeof id !== 'string') return null;
  const slash = source.indexOf('/');
  const ref = { account: source.slice(0, slash), region: source.slice(slash + 1), id };
  return query.queryHash === JSON.stringify(importQueries.failures(ref).queryKey) ? ref : null;
}

function isFailure(value: unknown): value is ImportFailure {
  return typeof value === 'object' && value !== null && 'errorType' in value && 'status' in value;
}

function isDetail(value: unknown): value is ImportDetail {
  return typeof value === 'object' && value !== null && 'statistics' in value && 'id' in value && 'account' in value;
}
