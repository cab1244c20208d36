import { useMemo } from 'react';
import { statusLabel } from '../imports/model.ts';
import type { TimeWindow } from './chunks.ts';
import { DataTable, type DataColumn } from './data-table.tsx';
import type { Lane, TimelineModel } from './lanes.ts';
import { dayWords } from './summaries.ts';
import type { WindowCounts } from './timeline-geometry.ts';

interface LaneRow {
  lane: Lane;
  total: number;
  byStatus: number[];
}

/** The timeline as numbers: per lane, the imports in the window by status. */
export function TimelineTable({ model, counts, window }: { model: TimelineModel; counts: WindowCounts; window: TimeWindow }) {
  const columns = useMemo<DataColumn<LaneRow>[]>(
    () => [
      {
        id: 'lane',
        header: 'Event data store',
        cell: ({ lane }) => (lane.source ? `${lane.name} (${lane.source})` : lane.name),
      },
      ...model.statuses.map((status, i) => ({
        id: status,
        header: statusLabel(status),
        numeric: true,
        cell: (row: LaneRow) => (row.byStatus[i] ?? 0).toLocaleString(),
      })),
      { id: 'total', header: 'Total', numeric: true, cell: (row) => row.total.toLocaleString() },
    ],
    [model.statuses],
  );
  const rows = model.lanes.map((lane, i) => ({ lane, total: counts.lanes[i]?.total ?? 0, byStatus: counts.lanes[i]?.byStatus ?? [] }));
  return (
    <DataTable
      label={`Imports per event data store and status, ${dayWords(window.start)} to ${dayWords(window.end)}`}
      columns={columns}
      rows={rows}
      rowId={(row) => row.lane.key}
    />
  );
}
