import { lazy, Suspense, useEffect, useId, useRef } from 'react';
import { CopyButton } from '../../../components/copy-button.tsx';
import { ErrorDetails } from '../../../components/error-details.tsx';
import { FlashBanner } from '../../../components/flash-banner.tsx';
import { Icon } from '../../../components/icon.tsx';
import { describeError } from '../../../lib/aws-error-copy.ts';
import { CLOUDTRAIL_ENDPOINT } from '../../../lib/cloudtrail-endpoint.ts';
import { formatClock } from '../../../lib/format-time.ts';
import { ImportActions } from '../actions/import-actions.tsx';
import { ImportStatus } from '../components/import-status.tsx';
import { isActive, type ImportRef } from '../model.ts';
import { ImportFacts } from './import-facts.tsx';
import { ImportProgress } from './import-progress.tsx';
import { useImportDetail } from './use-import-detail.ts';

const FailuresSection = lazy(() => import('../failures/failures-section.tsx'));

export interface ImportDetailPanelProps {
  importRef: ImportRef;
  /** Where the import lives, shown when the dashboard watches more than one account or region. */
  where: string | null;
  refreshMs: number;
  names: ReadonlyMap<string, string>;
  readOnly: boolean;
  onClose: () => void;
}

/** One import up close, over the right side of the list. Escape or the close button closes it. */
export default function ImportDetailPanel({ importRef, where, refreshMs, names, readOnly, onClose }: ImportDetailPanelProps) {
  const importId = importRef.id;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const detail = useImportDetail(importRef, refreshMs);
  const data = detail.data;

  useEffect(() => headingRef.current?.focus(), [importRef]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !(event.target instanceof Element)) return;
      // Fields and dialogs use Escape themselves.
      if (event.target.closest('input, select, textarea, dialog')) return;
      onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const report = detail.error ? describeError(detail.error, CLOUDTRAIL_ENDPOINT) : null;
  const failed = data?.status === 'FAILED';
  const failures = data ? (
    <Suspense fallback={<p className="muted">Loading failures…</p>}>
      <FailuresSection importRef={importRef} updated={data.updated} />
    </Suspense>
  ) : null;
  return (
    <section className="detail" aria-labelledby={headingId}>
      <div className="detail__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          <span className="detail__kicker">Import</span> <span className="mono">{importId}</span>
        </h2>
        <CopyButton text={importId} label={`Copy import ID ${importId}`} />
        <button type="button" className="icon-button detail__close" aria-label="Close import details" onClick={onClose}>
          <Icon name="close" />
        </button>
      </div>
      {where ? <p className="detail__where">{where}</p> : null}
      {data ? (
        <div className="detail__status">
          <ImportStatus status={data.status} />
          <span className="hint">
            Read at {formatClock(detail.dataUpdatedAt)}
            {isActive(data) ? (refreshMs > 0 ? ' · refreshes while the import runs' : ' · auto-refresh is off') : ''}
          </span>
        </div>
      ) : null}
      <div className="detail__body">
        {report && data ? (
          <FlashBanner tone="error" title={`Couldn’t refresh import ${importId}`}>
            <p>{report.summary} Showing what CloudTrail said at {formatClock(detail.dataUpdatedAt)}.</p>
            <ErrorDetails report={report} />
          </FlashBanner>
        ) : null}
        {report && !data ? (
          <FlashBanner
            tone="error"
            title={`Couldn’t load import ${importId}`}
            action={
              <button type="button" className="button" onClick={() => void detail.refetch()}>
                Retry
              </button>
            }
          >
            <p>{report.summary}</p>
            <ErrorDetails report={report} />
          </FlashBanner>
        ) : null}
        {detail.isPending ? <p className="muted">Loading the import…</p> : null}
        {data ? (
          <>
            <ImportActions detail={data} readOnly={readOnly} />
            {/* For a failed import the failures by error type are what matters first. */}
            {failed ? failures : null}
            <ImportProgress detail={data} />
            <ImportFacts detail={data} names={names} />
            {failed ? null : failures}
          </>
        ) : null}
      </div>
    </section>
  );
}
