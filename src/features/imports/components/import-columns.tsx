import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';
import { CopyButton } from '../../../components/copy-button.tsx';
import { durationMs, isActive, type ImportRow } from '../model.ts';
import type { SortColumn } from '../view-url.ts';
import { ImportLink } from './import-link.tsx';
import { ImportStatus } from './import-status.tsx';
import { RowProgress } from './row-progress.tsx';
import { DurationCell, TimeCell } from './time-cells.tsx';

/** A row as the table shows it: the import plus the names of its account and destinations ('' when unknown). */
export interface ImportTableRow extends ImportRow {
  accountName: string;
  destinationNames: string[];
}

export const importTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { text: sortFn_text, basic: sortFn_basic },
});

const helper = createColumnHelper<typeof importTableFeatures, ImportTableRow>();

const idColumn = helper.accessor('id', {
    id: 'id' satisfies SortColumn,
    header: 'Import ID',
    sortFn: 'text',
    cell: ({ row }) => (
      <span className="import-id">
        <ImportLink importRef={row.original} rowLink className="import-id__link">
          <code>{row.original.id}</code>
        </ImportLink>
        <CopyButton text={row.original.id} label={`Copy import ID ${row.original.id}`} />
      </span>
    ),
  });

const sourceColumns = [
  helper.accessor((row) => row.accountName || row.account, {
    id: 'account' satisfies SortColumn,
    header: 'Account',
    sortFn: 'text',
    cell: ({ row }) => (
      <span className="stack">
        {row.original.accountName ? <span>{row.original.accountName}</span> : null}
        <span className={row.original.accountName ? 'hint mono' : 'mono'}>{row.original.account}</span>
      </span>
    ),
  }),
  helper.accessor('region', {
    id: 'region' satisfies SortColumn,
    header: 'Region',
    sortFn: 'text',
    cell: ({ row }) => <span className="mono">{row.original.region}</span>,
  }),
];

const restColumns = [
  helper.accessor('status', {
    id: 'status' satisfies SortColumn,
    header: 'Status',
    sortFn: 'text',
    cell: ({ row }) =>
      isActive(row.original) ? (
        <span className="stack">
          <ImportStatus status={row.original.status} />
          <RowProgress row={row.original} />
        </span>
      ) : (
        <ImportStatus status={row.original.status} />
      ),
  }),
  helper.accessor((row) => row.destinationNames.map((name, i) => name || row.destinations[i]).join(', '), {
    id: 'destinations' satisfies SortColumn,
    header: 'Destinations',
    sortFn: 'text',
    cell: ({ row }) => <Destinations row={row.original} />,
  }),
  helper.accessor('created', {
    id: 'created' satisfies SortColumn,
    header: 'Created',
    sortFn: 'basic',
    cell: ({ row }) => <TimeCell ms={row.original.created} />,
  }),
  helper.accessor('updated', {
    id: 'updated' satisfies SortColumn,
    header: 'Updated',
    sortFn: 'basic',
    cell: ({ row }) => <TimeCell ms={row.original.updated} />,
  }),
  helper.accessor((row) => durationMs(row, Date.now()), {
    id: 'duration' satisfies SortColumn,
    header: 'Duration',
    sortFn: 'basic',
    cell: ({ row }) => <DurationCell row={row.original} />,
  }),
];

/** One account and region: where each import lives goes without saying. */
export const importColumns = helper.columns([idColumn, ...restColumns]);
/** Several accounts or regions: each import says where it lives, and can be sorted by it. */
export const sourceImportColumns = helper.columns([idColumn, ...sourceColumns, ...restColumns]);

function Destinations({ row }: { row: ImportTableRow }) {
  if (row.destinations.length === 0) return <span className="muted">—</span>;
  return (
    <span className="destinations">
      {row.destinations.map((arn, i) => (
        <span key={arn} className="stack destination">
          {row.destinationNames[i] ? (
            <span className="destination__name">{row.destinationNames[i]}</span>
          ) : (
            <span className="destination__name muted">{arn.slice(arn.lastIndexOf('/') + 1) || arn}</span>
          )}
          <span className="hint mono destination__arn" title={arn}>
            <span dir="ltr">{arn}</span>
          </span>
        </span>
      ))}
    </span>
  );
}
