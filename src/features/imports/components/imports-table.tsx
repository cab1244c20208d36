import { FlexRender, functionalUpdate, useTable, type Row, type SortingState, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef } from 'react';
import { SORT_COLUMNS, type SortState } from '../view-url.ts';
import { importKey } from '../model.ts';
import { importColumns, importTableFeatures, sourceImportColumns, type ImportTableRow } from './import-columns.tsx';
import { SortHeader } from './sort-header.tsx';
import { useScrollAnchor } from './use-scroll-anchor.ts';

// Every row has the same height (two lines of text), so the virtualizer never has to measure.
export const ROW_HEIGHT = 56;

interface ImportsTableProps {
  /** Every loaded row: sorted once, not again on each keystroke of a search. */
  rows: ImportTableRow[];
  /** The rows the search found, or null for all of them. */
  found: readonly ImportTableRow[] | null;
  sort: SortState;
  onSortChange: (sort: SortState) => void;
  /** Changes whenever the person picks a different view (filters, search, sort). */
  viewKey: string;
  /** Account and Region columns, for a dashboard that watches more than one source. */
  showSource: boolean;
}

/** The Imports table: sorted by TanStack Table, only the rows in view are in the DOM. */
export function ImportsTable({ rows, found, sort, onSortChange, viewKey, showSource }: ImportsTableProps) {
  const columns = showSource ? sourceImportColumns : importColumns;
  const sorting = useMemo<SortingState>(() => [{ id: sort.column, desc: sort.desc }], [sort.column, sort.desc]);
  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = functionalUpdate(updater, sorting)[0];
    const column = SORT_COLUMNS.find((id) => id === next?.id);
    if (next && column) onSortChange({ column, desc: next.desc });
  };
  const table = useTable({
    features: importTableFeatures,
    columns,
    data: rows,
    getRowId: importKey,
    state: { sorting },
    onSortingChange,
    enableSortingRemoval: false,
    enableMultiSort: false,
  });
  const sortedRows = table.getRowModel().rows;
  const modelRows = useMemo(() => {
    if (found === null) return sortedRows;
    const shown = new Set(found);
    return sortedRows.filter((row) => shown.has(row.original));
  }, [sortedRows, found]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const rowIds = useMemo(() => modelRows.map((row) => row.id), [modelRows]);
  useScrollAnchor(scrollRef, rowIds, ROW_HEIGHT, viewKey);
  const virtualizer = useVirtualizer({
    count: modelRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => modelRows[index]?.id ?? index,
    overscan: 4,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items.length ? items[0].start : 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;

  return (
    <div className="table-scroll" ref={scrollRef}>
      <table className="imports-table" aria-label="Imports" aria-rowcount={modelRows.length + 1}>
        <colgroup>
          <col className="col-id" />
          {showSource ? <col className="col-account" /> : null}
          {showSource ? <col className="col-region" /> : null}
          <col className="col-status" />
          <col className="col-destinations" />
          <col className="col-time" />
          <col className="col-time" />
          <col className="col-duration" />
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <SortHeader key={header.id} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 ? <Spacer height={padTop} columns={columns.length} /> : null}
          {items.map((item) => {
            const row = modelRows[item.index];
            return <ImportTableRowView key={row.id} row={row} index={item.index} showSource={showSource} />;
          })}
          {padBottom > 0 ? <Spacer height={padBottom} columns={columns.length} /> : null}
        </tbody>
      </table>
    </div>
  );
}

type ImportRowModel = Row<typeof importTableFeatures, ImportTableRow>;

interface RowViewProps {
  row: ImportRowModel;
  index: number;
  /** Which columns the row has (see ImportsTable); only compared. */
  showSource: boolean;
}

/**
 * One row. A row whose import, place and columns are unchanged is not rendered again when the view
 * re-renders (a search, a scroll, a refresh), which keeps 10,000 imports quick to filter.
 */
const ImportTableRowView = memo(
  function ImportTableRowView({ row, index }: RowViewProps) {
    return (
      <tr aria-rowindex={index + 2} style={{ height: ROW_HEIGHT }}>
        {row.getAllCells().map((cell) => (
          <td key={cell.id} className={`cell-${cell.column.id}`}>
            <FlexRender cell={cell} />
          </td>
        ))}
      </tr>
    );
  },
  (before, after) =>
    before.row.original === after.row.original && before.index === after.index && before.showSource === after.showSource,
);

// It spans exactly the columns shown: a wider span adds columns that take the table's spare width.
function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true" className="spacer">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}
