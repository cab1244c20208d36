import { plural } from './summaries.ts';
import type { TimelineImport } from './timeline-import.ts';
import { STATISTICS_LIMIT, type StatisticsLoad } from './use-statistics-loader.ts';

/** "Load statistics for the N imports shown", its progress, and Stop. */
export function StatisticsButton({ load, missing, shown }: { load: StatisticsLoad; missing: readonly TimelineImport[]; shown: number }) {
  const count = Math.min(missing.length, STATISTICS_LIMIT);
  const label =
    count < missing.length
      ? `Load statistics for the newest ${count.toLocaleString()} of the ${plural(missing.length, 'import')} shown without them`
      : missing.length < shown
        ? `Load statistics for the ${plural(count, 'import')} shown without them`
        : `Load statistics for the ${plural(count, 'import')} shown`;
  return (
    <div className="statistics-load">
      {load.running ? (
        <>
          <p role="status">
            Loading statistics: {load.done.toLocaleString()} of {load.total.toLocaleString()}, 10 a second…
          </p>
          <button type="button" className="button button--small" onClick={load.stop}>
            Stop loading statistics
          </button>
        </>
      ) : count > 0 ? (
        <button type="button" className="button button--small" onClick={() => load.start(missing)}>
          {label}
        </button>
      ) : (
        <p className="muted">Statistics are known for every import shown.</p>
      )}
      {load.error ? (
        <p role="alert" className="statistics-load__error">
          Loading statistics stopped after {plural(load.done, 'import')}: {load.error}
        </p>
      ) : null}
    </div>
  );
}
