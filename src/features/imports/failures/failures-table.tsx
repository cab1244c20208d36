import { FlexRender, useTable } from '@tanstack/react-table';
import type { ImportFailure } from './failure-model.ts';
import { failureColumns, failureTableFeatures } from './failure-columns.tsx';

export const FAILURES_PAGE_SIZE = 50;

/** The failures, a page at a time so an import with thousands of them keeps the page light. */
export function FailuresTable({ failures }: { failures: ImportFailure[] }) {
  const table = useTable({
    features: failureTableFeatures,
    columns: failureColumns,
    data: failures,
    getRowId: (row, index) => `${index}:${row.location}`,
    initialState: { pagination: { pageIndex: 0, pageSize: FAILURES_PAGE_SIZE } },
  });
  const { pageIndex } = table.state.pagination;
  const pages = table.getPageCount();
  const first = pageIndex * FAILURES_PAGE_SIZE + 1;
  const last = Math.min(failures.length, first + FAILURES_PAGE_SIZE - 1);
  return (
    <>
      <div className="failures-scroll">
        <table className="failures-table" aria-label="Failures">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th key={header.id} scope="col" className={`fhead-${header.column.id}`}>
                    <FlexRender header={header} />
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id}>
                    <FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav className="pager" aria-label="Failure pages">
          <button type="button" className="button" disabled={!table.getCanPreviousPage()} onClick={() => table.previousPage()}>
            Previous page
          </button>
          <span aria-live="polite">
            Failures {first.toLocaleString()}–{last.toLocaleString()} of {failures.length.toLocaleString()}
          </span>
          <button type="button" className="button" disabled={!table.getCanNextPage()} onClick={() => table.nextPage()}>
            Next page
          </button>
        </nav>
      ) : null}
    </>
  );
}
