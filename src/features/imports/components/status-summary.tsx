import { useMemo } from 'react';
import { countByStatus, type ImportRow, isKnownStatus, type KnownImportStatus } from '../model.ts';
import { ImportStatus } from './import-status.tsx';

interface StatusSummaryProps {
  rows: readonly ImportRow[];
  selected: KnownImportStatus | null;
  onSelect: (status: KnownImportStatus | null) => void;
}

/** Counts per status over the loaded imports; choosing one filters by it, choosing it again clears that. */
export function StatusSummary({ rows, selected, onSelect }: StatusSummaryProps) {
  const counts = useMemo(() => countByStatus(rows), [rows]);
  return (
    <section className="summary" aria-label="Imports by status">
      <ul className="summary__list">
        {counts.map(({ status, count }) => {
          const known = isKnownStatus(status) ? status : null;
          const pressed = known !== null && known === selected;
          return (
            <li key={status}>
              <button
                type="button"
                className="summary__item"
                aria-pressed={pressed}
                disabled={known === null}
                onClick={() => onSelect(pressed ? null : known)}
              >
                <ImportStatus status={status} />
                <span className="summary__count">{count.toLocaleString()}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
