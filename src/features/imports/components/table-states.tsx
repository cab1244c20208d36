import type { ReactNode } from 'react';
import { ErrorDetails } from '../../../components/error-details.tsx';
import { Icon } from '../../../components/icon.tsx';
import type { ErrorReport } from '../../../lib/aws-error-copy.ts';

function Panel({ title, children, role }: { title: string; children?: ReactNode; role?: 'status' | 'alert' }) {
  return (
    <div className="table-state" role={role}>
      <h2 className="table-state__title">{title}</h2>
      {children}
    </div>
  );
}

export function LoadingState() {
  return (
    <Panel title="Loading imports" role="status">
      <p className="muted">
        <Icon name="status-in-progress" className="spin" /> Asking CloudTrail for the imports in this account…
      </p>
    </Panel>
  );
}

export function EmptyState() {
  return (
    <Panel title="No imports yet">
      <p className="muted">
        This account has no CloudTrail Lake imports in this region. An import copies trail events from an S3
        bucket into an event data store; once one starts it shows up here by itself.
      </p>
    </Panel>
  );
}

export function NoMatchState({ onClear }: { onClear: () => void }) {
  return (
    <Panel title="No imports match these filters">
      <p className="muted">Try another status, destination or search text.</p>
      <button type="button" className="button" onClick={onClear}>
        Clear filters
      </button>
    </Panel>
  );
}

export function FirstLoadErrorState({ report, onRetry }: { report: ErrorReport; onRetry: () => void }) {
  return (
    <Panel title="Couldn’t load imports" role="alert">
      <p>{report.summary}</p>
      <ErrorDetails report={report} />
      <button type="button" className="button button--primary" onClick={onRetry}>
        Retry
      </button>
    </Panel>
  );
}

interface ListStatesProps {
  imports: { pending: boolean; complete: boolean; rows: readonly unknown[]; retry: () => unknown };
  firstLoadError: ErrorReport | null;
  /** How many rows the view would show. */
  shown: number;
  filtered: boolean;
  onClear: () => void;
  /** The view itself: the table, the timeline or the trends. */
  children: ReactNode;
}

/** The loading, first-load error, "no imports yet" and "no match" states every view of the list shares; otherwise the view. */
export function ListStates({ imports, firstLoadError, shown, filtered, onClear, children }: ListStatesProps) {
  if (firstLoadError) return <FirstLoadErrorState report={firstLoadError} onRetry={() => void imports.retry()} />;
  if (imports.pending) return <LoadingState />;
  if (shown === 0) {
    if (filtered && (imports.complete || imports.rows.length > 0)) return <NoMatchState onClear={onClear} />;
    return imports.complete ? <EmptyState /> : <LoadingState />;
  }
  return children;
}
