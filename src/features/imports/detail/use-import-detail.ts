import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { importQueries } from '../api/import-queries.ts';
import { pollInterval } from '../hooks/use-imports.ts';
import { isActive, type ImportRef } from '../model.ts';

/**
 * GetImport for the open import, refreshed on the auto-refresh interval while the import is active
 * and never after it has ended. When it sees the import end, the list refreshes too, so the row
 * and the end-of-import notice agree with what this view shows.
 */
export function useImportDetail(ref: ImportRef, refreshMs: number) {
  const client = useQueryClient();
  const query = useQuery({
    ...importQueries.detail(ref),
    refetchInterval: (q) => (q.state.data && isActive(q.state.data) ? pollInterval(refreshMs, q.state.error) : false),
    refetchOnWindowFocus: refreshMs > 0,
  });
  const status = query.data?.status;
  const wasActive = useRef<boolean | null>(null);
  useEffect(() => {
    if (status === undefined) return;
    const active = isActive({ status });
    if (wasActive.current === true && !active) {
      // cancelRefetch false: join a refresh already under way (Stop starts one) instead of repeating it.
      void client.invalidateQueries({ queryKey: importQueries.watches() }, { cancelRefetch: false });
    }
    wasActive.current = active;
  }, [status, client]);
  return query;
}
