import { lazy, Suspense } from 'react';
import type { TimelineImport } from '../../timeline/timeline-import.ts';

// The timeline and the trends, with uPlot, load only when asked for; the first load stays as it was.
const TimelineView = lazy(() => import('../../timeline/timeline-view.tsx'));
const TrendsView = lazy(() => import('../../timeline/trends-view.tsx'));

interface ChartAreaProps {
  display: 'timeline' | 'trends';
  rows: readonly TimelineImport[];
  names: ReadonlyMap<string, string>;
  onOpen: (item: TimelineImport) => void;
}

/** The Timeline or Trends of the rows the table would show. */
export function ChartArea({ display, rows, names, onOpen }: ChartAreaProps) {
  return (
    <div className="chart-views">
      <Suspense fallback={<p className="muted" role="status">Loading the {display}…</p>}>
        {display === 'timeline' ? <TimelineView imports={rows} names={names} onOpen={onOpen} /> : <TrendsView imports={rows} />}
      </Suspense>
    </div>
  );
}
