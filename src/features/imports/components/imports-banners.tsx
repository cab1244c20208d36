import { ErrorDetails } from '../../../components/error-details.tsx';
import { FlashBanner } from '../../../components/flash-banner.tsx';
import type { ErrorReport } from '../../../lib/aws-error-copy.ts';
import { formatClock } from '../../../lib/format-time.ts';

interface ImportsBannersProps {
  urlIssues: string[];
  refreshError: ErrorReport | null;
  partialLoadError: ErrorReport | null;
  storesError: ErrorReport | null;
  loadedCount: number;
  lastUpdated: number | null;
  nextAttemptAt: number | null;
  autoRefreshOn: boolean;
  onRetry: () => void;
}

/** Flash banners above the table. Failures never take the rows away; they say how old the rows are. */
export function ImportsBanners(props: ImportsBannersProps) {
  const { urlIssues, refreshError, partialLoadError, storesError, loadedCount, lastUpdated } = props;
  const dataFrom = lastUpdated ? `Showing data from ${formatClock(lastUpdated)}.` : null;
  return (
    <div className="banners">
      {urlIssues.length > 0 ? (
        <FlashBanner tone="warning" title="Part of this link was ignored">
          <ul>
            {urlIssues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        </FlashBanner>
      ) : null}
      {partialLoadError ? (
        <FlashBanner
          tone="error"
          title={`Loaded ${loadedCount.toLocaleString()} imports, then the listing failed`}
          action={<RetryButton onRetry={props.onRetry} />}
        >
          <p>{partialLoadError.summary} The table shows only the imports loaded so far.</p>
          <ErrorDetails report={partialLoadError} />
        </FlashBanner>
      ) : null}
      {refreshError ? (
        <FlashBanner tone="error" title={refreshTitle(refreshError)} action={<RetryButton onRetry={props.onRetry} />}>
          <p>
            {refreshError.summary} {nextStep(refreshError, props.nextAttemptAt, props.autoRefreshOn)} {dataFrom}
          </p>
          <ErrorDetails report={refreshError} />
        </FlashBanner>
      ) : null}
      {storesError ? (
        <FlashBanner tone="warning" title="Event data store names are unavailable">
          <p>{storesError.summary} Destinations are shown by ARN only.</p>
          <ErrorDetails report={storesError} />
        </FlashBanner>
      ) : null}
    </div>
  );
}

function RetryButton({ onRetry }: { onRetry: () => void }) {
  return (
    <button type="button" className="button" onClick={onRetry}>
      Retry
    </button>
  );
}

function refreshTitle(report: ErrorReport): string {
  if (report.kind === 'throttled') return 'Refresh throttled by CloudTrail';
  if (report.kind === 'unreachable') return 'Can’t reach CloudTrail';
  return 'Couldn’t refresh the imports';
}

function nextStep(report: ErrorReport, nextAttemptAt: number | null, autoRefreshOn: boolean): string {
  if (report.kind === 'throttled') {
    if (nextAttemptAt) return `The SDK’s retries ran out; the dashboard will try again at ${formatClock(nextAttemptAt)}.`;
    return 'The SDK’s retries ran out; press Retry to try again.';
  }
  return autoRefreshOn ? 'Auto-refresh keeps trying.' : 'Press Retry or Refresh to try again.';
}
