import { useId } from 'react';
import { ErrorDetails } from '../../../components/error-details.tsx';
import { Icon } from '../../../components/icon.tsx';
import { describeError } from '../../../lib/aws-error-copy.ts';
import { CLOUDTRAIL_ENDPOINT } from '../../../lib/cloudtrail-endpoint.ts';
import { formatClock } from '../../../lib/format-time.ts';
import { sourceKey, sourceLabel } from '../../../lib/source.ts';
import type { SourceState } from '../hooks/use-imports.ts';
import { groupProblems, type SourceProblem } from '../source-problems.ts';

interface SourcesPanelProps {
  states: readonly SourceState[];
  /** Sources left out by the account or region filter. */
  notAsked: number;
  onRetry: () => void;
}

/**
 * Every source in view. Failures are summed up by AWS error name above a table that gives each
 * source its own state and error; the other sources keep listing and refreshing.
 */
export default function SourcesPanel({ states, notAsked, onRetry }: SourcesPanelProps) {
  const headingId = useId();
  const problems = states.flatMap((state) => {
    const problem = problemOf(state);
    return problem ? [problem] : [];
  });
  const groups = groupProblems(problems);
  const loading = states.filter((state) => state.pending || state.loadingMore).length;
  const failing = new Set(problems.map((problem) => sourceKey(problem.source)));
  const ordered = [...states].sort((a, b) => Number(failing.has(sourceKey(b.source))) - Number(failing.has(sourceKey(a.source))));
  const summary = [
    `${states.length} ${states.length === 1 ? 'source' : 'sources'}`,
    `${states.length - problems.length} answering`,
    problems.length > 0 ? `${problems.length} failing` : null,
    loading > 0 ? `${loading} loading` : null,
    notAsked > 0 ? `${notAsked} filtered out` : null,
  ].filter(Boolean).join(' · ');
  return (
    <section className="sources" aria-labelledby={headingId}>
      <div className="sources__header">
        <h2 id={headingId} className="sources__title">
          Accounts and regions
        </h2>
        <span className="sources__summary">{summary}</span>
        {problems.length > 0 ? (
          <button type="button" className="button button--link" onClick={onRetry}>
            Retry failed sources
          </button>
        ) : null}
      </div>
      {groups.length > 0 ? (
        <div role="alert" aria-label="Sources not answering">
          <ul className="sources__problems">
          {groups.map((group) => {
            const report = describeError(group.error, CLOUDTRAIL_ENDPOINT);
            return (
              <li key={group.errorName}>
                <Icon name="status-negative" /> <code>{group.errorName}</code> {report.summary.replace(/\.$/, '')}:{' '}
                <span className="sources__where">{group.where}</span>
              </li>
            );
          })}
          </ul>
        </div>
      ) : null}
      <details className="sources__details">
        <summary>Each account and region</summary>
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
              <SourceRow key={sourceKey(state.source)} state={state} problem={problems.find((p) => p.source === state.source)} />
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

function SourceRow({ state, problem }: { state: SourceState; problem: SourceProblem | undefined }) {
  const { source } = state;
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
          <div className="sources__problem">
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

function problemOf(state: SourceState): SourceProblem | null {
  const { source } = state;
  if (state.firstLoadError) return { source, error: state.firstLoadError, what: 'Listing failed.' };
  if (state.partialLoadError) {
    return { source, error: state.partialLoadError, what: `Listing stopped after ${state.rows.length.toLocaleString()} imports.` };
  }
  if (state.refreshError) {
    const when = state.lastUpdated ? ` Rows are from ${formatClock(state.lastUpdated)}.` : '';
    return { source, error: state.refreshError, what: `Refresh failed.${when}` };
  }
  return null;
}
