import { formatDateTime, formatDuration, formatIso, formatRelative } from '../../../lib/format-time.ts';
import { useNow, useTextOfNow } from '../../../lib/use-now.ts';
import { durationMs, isActive, type ImportRow } from '../model.ts';

/** Local time with a relative hint underneath ("3 min ago"). */
export function TimeCell({ ms }: { ms: number }) {
  const relative = useTextOfNow((now) => formatRelative(ms, now));
  if (!ms) return <span className="muted">—</span>;
  return (
    <span className="stack">
      <time dateTime={formatIso(ms)} title={formatIso(ms)}>
        {formatDateTime(ms)}
      </time>
      <span className="hint">{relative}</span>
    </span>
  );
}

export function DurationCell({ row }: { row: ImportRow }) {
  return isActive(row) ? <LiveDuration row={row} /> : <span>{formatDuration(durationMs(row, row.updated))}</span>;
}

/** Ticks once a second while the import is active. */
function LiveDuration({ row }: { row: ImportRow }) {
  const now = useNow();
  return (
    <span className="stack">
      <span>{formatDuration(durationMs(row, now))}</span>
      <span className="hint">running</span>
    </span>
  );
}
