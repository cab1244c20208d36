import { createColumnHelper, FlexRender, tableFeatures, useTable, type RowData } from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';

export interface DataColumn<Row> {
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Numbers line up on the right. */
  numeric?: boolean;
}

const features = tableFeatures({});

/** A chart's numbers as a plain table: the alternative to reading the canvas. */
export function DataTable<Row extends RowData>({ label, columns, rows, rowId }: {
  label: string;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowId: (row: Row) => string;
}) {
  const tableColumns = useMemo(() => {
    const helper = createColumnHelper<typeof features, Row>();
    return helper.columns(
      columns.map((column) => helper.display({ id: column.id, header: column.header, cell: ({ row }) => column.cell(row.original) })),
    );
  }, [columns]);
  const table = useTable({ features, columns: tableColumns, data: [...rows], getRowId: rowId });
  const numeric = new Set(columns.filter((column) => column.numeric).map((column) => column.id));
  return (
    // A long table scrolls in its own box, which keyboard users must be able to reach.
    <div className="chart-table-scroll" tabIndex={0} role="region" aria-label={`${label}, scrollable`}>
      <table className="chart-table" aria-label={label}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className={numeric.has(header.column.id) ? 'numeric' : undefined}>
                  <FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell, index) =>
                index === 0 ? (
                  <th key={cell.id} scope="row">
                    <FlexRender cell={cell} />
                  </th>
                ) : (
                  <td key={cell.id} className={numeric.has(cell.column.id) ? 'numeric' : undefined}>
                    <FlexRender cell={cell} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
