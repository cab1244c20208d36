import { useQueries, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { isThrottlingError } from '../../../lib/aws-error-copy.ts';
import type { Source } from '../../../lib/source.ts';
import type { ImportListing } from '../api/import-listing.ts';
import { importQueries, type WatchSnapshot } from '../api/import-queries.ts';
import { knownListing } from '../api/known-listing.ts';
import type { ImportFilters } from '../filters.ts';
import type { ImportRow } from '../model.ts';
import { applyWatch, EMPTY_WATCH } from '../refresh-merge.ts';
import { sourcesToAsk } from '../source-scope.ts';

const NO_ROWS: readonly ImportRow[] = [];
// Besides Refresh, the full listing is re-read this rarely while auto-refresh is on.
export const RELIST_INTERVAL_MS = 15 * 60_000;

/** After a throttled refresh, wait this many intervals before the next one. */
const THROTTLED_BACKOFF = 2;

/** React Query skips interval refetches while the document is hidden, so a hidden tab is not polled (see "Notify me"). */
export function pollInterval(refreshMs: number, error: unknown): number | false {
  if (refreshMs === 0) return false;
  return isThrottlingError(error) ? refreshMs * THROTTLED_BACKOFF : refreshMs;
}

/** What one source contributes, and how honest its part of the view is. */
export interface SourceState {
  source: Source;
  rows: readonly ImportRow[];
  pending: boolean;
  complete: boolean;
  loadingMore: boolean;
  /** The first page could not be loaded. */
  firstLoadError: unknown;
  /** Some pages loaded, then the listing failed. */
  partialLoadError: unknown;
  /** The latest refresh failed after something was shown; the rows stay. */
  refreshError: unknown;
  lastUpdated: number | null;
  failedAt: number | null;
  nextAttemptAt: number | null;
}

type ListResult = UseQueryResult<ImportListing>;
type WatchResult = UseQueryResult<WatchSnapshot>;

/**
 * The imports to show for the filters, from every source they reach: each source's full listing
 * with its cheap refresh laid over it, what the view needs to be honest about freshness and
 * failures per source, and the same folded over all sources for the page's banners.
 */
export function useImports(
  sources: readonly Source[],
  filters: ImportFilters,
  refreshMs: number,
  enabled = true,
  inBackground = false,
) {
  const asked = useMemo(() => sourcesToAsk(sources, filters), [sources, filters]);
  const client = useQueryClient();
  const lists = useQueries({
    queries: asked.map((source) => ({
      ...importQueries.list(source, filters),
      enabled,
      refetchInterval: refreshMs > 0 ? RELIST_INTERVAL_MS : (false as const),
      // A new filter starts from the loaded imports that match it; stale at once, so CloudTrail is asked.
      initialData: () => knownListing(client, source, filters),
      initialDataUpdatedAt: 0,
    })),
  });
  const watches = useQueries({
    queries: asked.map((source, index) => ({
      ...importQueries.watch(source, filters),
      // Not while a first listing is still arriving page by page: it is fresher than any refresh,
      // and its pages need CloudTrail's request budget for the source.
      enabled: lists[index]?.data !== undefined && (lists[index].data.complete || !lists[index].isFetching),
      refetchInterval: (query: { state: { data?: WatchSnapshot; error: unknown } }) => {
        // A hidden tab is polled only for "Notify me", and only while an import is running.
        if (document.visibilityState === 'hidden' && !query.state.data?.activeIds.length) return false;
        return pollInterval(refreshMs, query.state.error);
      },
      refetchIntervalInBackground: inBackground,
      refetchOnWindowFocus: refreshMs > 0,
    })),
  });

  const merged = useMergedRows(lists, watches, filters);
  const perSource = asked.map((source, index) => sourceState(source, lists[index], watches[index], merged[index], refreshMs));
  const rows = useConcatenated(merged);
  const ended = useConcatenated(watches.map((watch) => watch.data?.ended ?? NO_ROWS));

  const [refreshing, setRefreshing] = useState(false);
  const latest = useRef({ lists, watches });
  latest.current = { lists, watches };
  const refresh = useCallback(async () => {
    setRefreshing(true);
    try {
      const { lists: current, watches: refreshes } = latest.current;
      await Promise.all([...current.map((list) => list.refetch()), ...refreshes.map((watch) => watch.refetch())]);
    } finally {
      setRefreshing(false);
    }
  }, []);
  const retry = useCallback(async () => {
    await Promise.all(latest.current.lists.filter((list) => list.error).map((list) => list.refetch()));
  }, []);

  return { rows, sources: perSource, ...foldStates(perSource), refreshing, refresh, retry, ended };
}

function sourceState(
  source: Source,
  list: ListResult | undefined,
  watch: WatchResult | undefined,
  rows: readonly ImportRow[] | undefined,
  refreshMs: number,
): SourceState {
  const complete = list?.data?.complete === true;
  const listFetching = list?.isFetching === true;
  const listUpdated = complete ? (list?.dataUpdatedAt ?? 0) : 0;
  const watchUpdated = watch?.data ? watch.dataUpdatedAt : 0;
  const lastUpdated = Math.max(listUpdated, watchUpdated);
  const failures = [list?.error ? list : null, watch?.error ? watch : null].filter((q) => q !== null);
  const latestFailure = failures.sort((a, b) => b.errorUpdatedAt - a.errorUpdatedAt)[0];
  const failedAt = latestFailure?.errorUpdatedAt ?? 0;
  const throttledWatch = watch?.error != null && isThrottlingError(watch.error);
  const nextWatchMs = pollInterval(refreshMs, watch?.error);
  const hasData = list?.data !== undefined;
  return {
    source,
    rows: rows ?? NO_ROWS,
    pending: !hasData && list?.isPending !== false,
    complete,
    loadingMore: hasData && !complete && listFetching,
    firstLoadError: hasData ? null : (list?.error ?? null),
    partialLoadError: hasData && !complete && !listFetching ? (list?.error ?? null) : null,
    refreshError: complete && latestFailure && failedAt > lastUpdated ? latestFailure.error : null,
    lastUpdated: lastUpdated || null,
    failedAt: failedAt > lastUpdated ? failedAt : null,
    nextAttemptAt: throttledWatch && nextWatchMs && watch ? watch.errorUpdatedAt + nextWatchMs : null,
  };
}

/**
 * The page-wide view of every source asked. With one source it is that source's state exactly.
 * With many, an error reaches the page-wide banners only when every source has it; otherwise each
 * source shows its own, and "Last updated" is the oldest answer among the sources that answer.
 */
function foldStates(states: readonly SourceState[]) {
  if (states.length === 1) {
    const { pending, complete, loadingMore, firstLoadError, partialLoadError, refreshError, lastUpdated, failedAt, nextAttemptAt } =
      states[0];
    return { pending, complete, loadingMore, firstLoadError, partialLoadError, refreshError, lastUpdated, failedAt, nextAttemptAt };
  }
  const answering = states.filter((state) => state.lastUpdated !== null);
  const every = (pick: (state: SourceState) => unknown) =>
    states.length > 0 && states.every((state) => pick(state) != null) ? pick(states[0]) : null;
  const updates = answering.map((state) => state.lastUpdated ?? 0);
  return {
    pending: states.length === 0 || states.every((state) => state.pending),
    complete: states.every((state) => state.complete || state.firstLoadError != null || state.partialLoadError != null),
    loadingMore: states.some((state) => state.loadingMore || (state.pending && !states.every((s) => s.pending))),
    firstLoadError: every((state) => state.firstLoadError),
    partialLoadError: null as unknown,
    refreshError: every((state) => state.refreshError),
    lastUpdated: updates.length > 0 ? Math.min(...updates) : null,
    failedAt: null as number | null,
    nextAttemptAt: null as number | null,
  };
}

/** Each source's listing with its refresh laid over it, recomputed only for the sources that changed. */
function useMergedRows(lists: ListResult[], watches: WatchResult[], filters: ImportFilters): (readonly ImportRow[])[] {
  const cache = useRef(new WeakMap<readonly ImportRow[], { watch: unknown; filters: ImportFilters; rows: readonly ImportRow[] }>());
  return lists.map((list, index) => {
    const listed = list.data?.rows ?? NO_ROWS;
    const watch = watches[index]?.data ?? EMPTY_WATCH;
    const cached = cache.current.get(listed);
    if (cached && cached.watch === watch && cached.filters === filters) return cached.rows;
    const rows = applyWatch(listed, watch, filters);
    cache.current.set(listed, { watch, filters, rows });
    return rows;
  });
}

/** One array of every part, the same array while no part changed, so memoized work downstream holds. */
function useConcatenated<T>(parts: (readonly T[])[]): readonly T[] {
  const last = useRef<{ parts: (readonly T[])[]; all: readonly T[] }>({ parts: [], all: [] });
  const same = parts.length === last.current.parts.length && parts.every((part, i) => part === last.current.parts[i]);
  if (!same) {
    last.current = { parts, all: parts.length === 1 ? parts[0] : parts.flat() };
  }
  return last.current.all;
}
