import { lazy, Suspense } from 'react';
import type { ErrorReport } from '../../../lib/aws-error-copy.ts';
import type { TimelineImport } from '../../timeline/timeline-import.ts';
import { EmptyState, FirstLoadErrorState, LoadingState, NoMatchState } from './table-states.tsx';

// The timeline and the trends, with uPlot, load only when asked for; the first load stays as it was.
const TimelineView = lazy(() => import('../../timeline/timeline-view.tsx'));
const TrendsView = lazy(() => import('../../timeline/trends-view.tsx'));

interface ChartAreaProps {
  display: 'timeline' | 'trends';
  imports: { pending: boolean; complete: boolean; rows: readonly unknown[]; retry: () => unknown };
  firstLoadError: ErrorReport | null;
  rows: readonly TimelineImport[];
  names: ReadonlyMap<string, string>;
  filtered: boolean;
  onClear: () => void;
  onOpen: (item: TimelineImport) => void;
}

/** The Timeline or Trends of the rows the table would show, or the same loading, error and empty states. */
export function ChartArea({ display, imports, firstLoadError, rows, names, filtered, onClear, onOpen }: ChartAreaProps) {
  if (firstLoadError) return <FirstLoadErrorState report={firstLoadError} onRetry={() => void imports.retry()} />;
  if (imports.pending) return <LoadingState />;
  if (rows.length === 0) {
    if (filtered && (imports.complete || imports.rows.length > 0)) return <NoMatchState onClear={onClear} />;
    return imports.complete ? <EmptyState /> : <LoadingState />;
  }
  return (
    <div className="chart-views">
      <Suspense fallback={<p className="muted" role="status">Loading the {display}…</p>}>
        {display === 'timeline' ? <TimelineView imports={rows} names={names} onOpen={onOpen} /> : <TrendsView imports={rows} />}
      </Suspense>
    </div>
  );
}
