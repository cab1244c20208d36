import { createColumnHelper, createPaginatedRowModel, rowPaginationFeature, tableFeatures } from '@tanstack/react-table';
import { CopyButton } from '../../../components/copy-button.tsx';
import { formatDateTime, formatIso } from '../../../lib/format-time.ts';
import { statusLabel } from '../model.ts';
import type { ImportFailure } from './failure-model.ts';

export const failureTableFeatures = tableFeatures({
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
});

const helper = createColumnHelper<typeof failureTableFeatures, ImportFailure>();

export const failureColumns = helper.columns([
  helper.accessor('location', {
    header: 'Location',
    cell: ({ row }) => (
      <span className="copyable">
        <span className="mono failure-location" title={row.original.location}>
          <span dir="ltr">{row.original.location}</span>
        </span>
        <CopyButton text={row.original.location} label={`Copy S3 location ${row.original.location}`} />
      </span>
    ),
  }),
  helper.accessor('status', {
    header: 'Status',
    cell: ({ row }) => <span className={`failure-status failure-status--${row.original.status.toLowerCase()}`}>{statusLabel(row.original.status)}</span>,
  }),
  helper.accessor('errorType', { header: 'Error type', cell: ({ row }) => <code>{row.original.errorType}</code> }),
  helper.accessor('message', { header: 'Message', cell: ({ row }) => <span className="failure-message">{row.original.message}</span> }),
  helper.accessor('lastUpdated', {
    header: 'Last updated',
    cell: ({ row }) =>
      row.original.lastUpdated ? (
        <time dateTime={formatIso(row.original.lastUpdated)} title={formatIso(row.original.lastUpdated)}>
          {formatDateTime(row.original.lastUpdated)}
        </time>
      ) : (
        <span className="muted">—</span>
      ),
  }),
]);
