import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { isThrottlingError } from '../../../lib/aws-error-copy.ts';
import type { ImportFilters } from '../filters.ts';
import type { ImportRow } from '../model.ts';
import { applyWatch, EMPTY_WATCH } from '../refresh-merge.ts';
import { importQueries } from '../api/import-queries.ts';

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

/**
 * The imports to show for the filters: the full listing with the cheap refresh laid over it, and
 * what the view needs to be honest about freshness and failures.
 */
export function useImports(filters: ImportFilters, refreshMs: number, enabled = true, inBackground = false) {
  const list = useQuery({
    ...importQueries.list(filters),
    enabled,
    refetchInterval: refreshMs > 0 ? RELIST_INTERVAL_MS : false,
  });
  const watch = useQuery({
    ...importQueries.watch(filters),
    enabled: list.data !== undefined,
    refetchInterval: (query) => {
      // A hidden tab is polled only for "Notify me", and only while an import is running.
      if (document.visibilityState === 'hidden' && !query.state.data?.activeIds.length) return false;
      return pollInterval(refreshMs, query.state.error);
    },
    refetchIntervalInBackground: inBackground,
    refetchOnWindowFocus: refreshMs > 0,
  });
  const rows = useMemo(
    () => applyWatch(list.data?.rows ?? NO_ROWS, watch.data ?? EMPTY_WATCH, filters),
    [list.data?.rows, watch.data, filters],
  );

  const [refreshing, setRefreshing] = useState(false);
  const { refetch: refetchList } = list;
  const { refetch: refetchWatch } = watch;
  const refresh = useCallback(async () => {
    setRefreshing(true);
    try {
      await Promise.all([refetchList(), refetchWatch()]);
    } finally {
      setRefreshing(false);
    }
  }, [refetchList, refetchWatch]);

  const complete = list.data?.complete === true;
  const lastUpdated = Math.max(complete ? list.dataUpdatedAt : 0, watch.data ? watch.dataUpdatedAt : 0);
  const failures = [list.error ? list : null, watch.error ? watch : null].filter((q) => q !== null);
  const latestFailure = failures.sort((a, b) => b.errorUpdatedAt - a.errorUpdatedAt)[0];
  const failedAt = latestFailure?.errorUpdatedAt ?? 0;
  const throttledWatch = watch.error !== null && isThrottlingError(watch.error);
  const nextWatchMs = pollInterval(refreshMs, watch.error);

  return {
    rows,
    /** Nothing to show yet: the first page has not arrived. */
    pending: list.data === undefined && list.isPending,
    loadingMore: list.data !== undefined && !complete && list.isFetching,
    complete,
    /** The first page could not be loaded: the table area shows the error. */
    firstLoadError: list.data === undefined ? list.error : null,
    /** Some pages loaded, then the listing failed. */
    partialLoadError: list.data !== undefined && !complete && !list.isFetching ? list.error : null,
    /** The latest refresh failed after something was shown; the rows stay. */
    refreshError: complete && latestFailure && failedAt > lastUpdated ? latestFailure.error : null,
    lastUpdated: lastUpdated || null,
    failedAt: failedAt > lastUpdated ? failedAt : null,
    nextAttemptAt: throttledWatch && nextWatchMs ? watch.errorUpdatedAt + nextWatchMs : null,
    refreshing,
    refresh,
    retry: refetchList,
    /** Imports the latest refresh saw end. */
    ended: watch.data?.ended,
  };
}
