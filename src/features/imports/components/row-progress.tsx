import { useIsFetching, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { sourceKey } from '../../../lib/source.ts';
import { importQueries } from '../api/import-queries.ts';
import { prefixPercent } from '../import-detail.ts';
import type { ImportRow } from '../model.ts';

/**
 * The small progress bar of an active row, from the same GetImport as the detail view. It reads
 * again only when the list has seen a newer UpdatedTimestamp than that GetImport, so a refresh costs
 * at most one GetImport per active import, and none while CloudTrail has published nothing new.
 */
export function RowProgress({ row }: { row: ImportRow }) {
  // Not while the source is being listed: the listing's pages need its request budget first.
  const listing = useIsFetching({ queryKey: [...importQueries.lists(), sourceKey(row)] }) > 0;
  const detail = useQuery({ ...importQueries.detail(row), staleTime: Infinity, refetchOnWindowFocus: false, enabled: !listing });
  const { refetch, isFetching } = detail;
  const readUpdated = detail.data?.updated;
  useEffect(() => {
    if (readUpdated !== undefined && row.updated > readUpdated && !isFetching) void refetch({ cancelRefetch: false });
    // Not keyed on isFetching: a fetch that just finished must not start another by itself.
  }, [row.updated, readUpdated, refetch]);
  const percent = prefixPercent(detail.data?.statistics ?? null);
  return (
    <span className="row-progress">
      <ProgressBar
        size="small"
        percent={percent}
        label={`Progress of import ${row.id} (approximate)`}
        valueText={percent === null ? 'No prefixes found yet' : `About ${percent} % of prefixes completed`}
      />
      <span className="hint">{percent === null ? '…' : `${percent} %`}</span>
    </span>
  );
}
