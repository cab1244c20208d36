import { useId } from 'react';
import { ErrorDetails } from '../../../components/error-details.tsx';
import { Icon } from '../../../components/icon.tsx';
import { describeError } from '../../../lib/aws-error-copy.ts';
import { CLOUDTRAIL_ENDPOINT } from '../../../lib/cloudtrail-client.ts';
import { formatClock } from '../../../lib/format-time.ts';
import { sourceKey, sourceLabel } from '../../../lib/source.ts';
import type { SourceState } from '../hooks/use-imports.ts';

interface SourcesPanelProps {
  states: readonly SourceState[];
  /** Sources left out by the account or region filter. */
  notAsked: number;
  onRetry: () => void;
}

/**
 * Every source in view with its own state. A source that fails says why with the AWS error name,
 * and the others keep listing and refreshing; failing sources are listed first and open by default.
 */
export function SourcesPanel({ states, notAsked, onRetry }: SourcesPanelProps) {
  const headingId = useId();
  const failing = states.filter((state) => problemOf(state) !== null);
  const loading = states.filter((state) => state.pending || state.loadingMore).length;
  const ordered = [...failing, ...states.filter((state) => problemOf(state) === null)];
  const summary = [
    `${states.length} ${states.length === 1 ? 'source' : 'sources'}`,
    failing.length > 0 ? `${failing.length} failing` : null,
    loading > 0 ? `${loading} loading` : null,
    notAsked > 0 ? `${notAsked} filtered out` : null,
  ].filter(Boolean).join(' · ');
  return (
    <section className="sources" aria-labelledby={headingId}>
      <details open={failing.length > 0}>
        <summary>
          <h2 id={headingId} className="sources__title">
            Accounts and regions
          </h2>
          <span className="sources__summary">{summary}</span>
          {failing.length > 0 ? (
            <span className="sources__alert">
              <Icon name="status-negative" /> {failing.length} {failing.length === 1 ? 'source is' : 'sources are'} not answering
            </span>
          ) : null}
        </summary>
        <table className="sources__table" aria-label="Accounts and regions">
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Region</th>
              <th scope="col">Imports</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((state) => (
              <SourceRow key={sourceKey(state.source)} state={state} />
            ))}
          </tbody>
        </table>
        {failing.length > 0 ? (
          <button type="button" className="button" onClick={onRetry}>
            Retry failed sources
          </button>
        ) : null}
      </details>
    </section>
  );
}

function SourceRow({ state }: { state: SourceState }) {
  const { source } = state;
  const problem = problemOf(state);
  const report = problem ? describeError(problem.error, CLOUDTRAIL_ENDPOINT) : null;
  return (
    <tr className={report ? 'sources__row sources__row--failing' : 'sources__row'} aria-label={sourceLabel(source)}>
      <td>
        {source.accountName ? <span>{source.accountName} </span> : null}
        <span className="mono hint">{source.account}</span>
      </td>
      <td className="mono">{source.region}</td>
      <td>{state.pending ? '…' : state.rows.length.toLocaleString()}</td>
      <td>
        {report && problem ? (
          <div className="sources__problem" role="alert">
            <span>
              <Icon name="status-negative" /> {problem.what} {report.summary}
            </span>
            <ErrorDetails report={report} />
          </div>
        ) : state.pending ? (
          'Loading…'
        ) : state.loadingMore ? (
          `Loading… ${state.rows.length.toLocaleString()} so far`
        ) : (
          <span>
            <Icon name="status-positive" /> Up to date{state.lastUpdated ? ` at ${formatClock(state.lastUpdated)}` : ''}
          </span>
        )}
      </td>
    </tr>
  );
}

function problemOf(state: SourceState): { error: unknown; what: string } | null {
  if (state.firstLoadError) return { error: state.firstLoadError, what: 'Listing failed.' };
  if (state.partialLoadError) {
    return { error: state.partialLoadError, what: `Listing stopped after ${state.rows.length.toLocaleString()} imports.` };
  }
  if (state.refreshError) {
    const when = state.lastUpdated ? ` Rows are from ${formatClock(state.lastUpdated)}.` : '';
    return { error: state.refreshError, what: `Refresh failed.${when}` };
  }
  return null;
}
