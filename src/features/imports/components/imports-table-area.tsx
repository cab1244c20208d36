import type { ErrorReport } from '../../../lib/aws-error-copy.ts';
import type { SortState } from '../view-url.ts';
import type { ImportTableRow } from './import-columns.tsx';
import { ImportsTable } from './imports-table.tsx';
import { EmptyState, FirstLoadErrorState, LoadingState, NoMatchState } from './table-states.tsx';

interface ImportsTableAreaProps {
  imports: { pending: boolean; complete: boolean; rows: readonly unknown[]; retry: () => unknown };
  firstLoadError: ErrorReport | null;
  /** Every loaded row, and those of them the search found (the same array when there is no search). */
  allRows: ImportTableRow[];
  rows: ImportTableRow[];
  filtered: boolean;
  sort: SortState;
  onSortChange: (sort: SortState) => void;
  onClear: () => void;
  viewKey: string;
  showSource: boolean;
}

/** Chooses between loading, first-load error, "no imports yet", "no match" and the table itself. */
export function ImportsTableArea(props: ImportsTableAreaProps) {
  const { imports, firstLoadError, allRows, rows, filtered, sort, onSortChange, onClear, viewKey, showSource } = props;
  if (firstLoadError) return <FirstLoadErrorState report={firstLoadError} onRetry={() => void imports.retry()} />;
  if (imports.pending) return <LoadingState />;
  if (rows.length === 0) {
    if (filtered && (imports.complete || imports.rows.length > 0)) return <NoMatchState onClear={onClear} />;
    return imports.complete ? <EmptyState /> : <LoadingState />;
  }
  const found = rows === allRows ? null : rows;
  return <ImportsTable rows={allRows} found={found} sort={sort} onSortChange={onSortChange} viewKey={viewKey} showSource={showSource} />;
}
