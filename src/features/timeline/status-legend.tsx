import { ImportStatus } from '../imports/components/import-status.tsx';

/** The statuses with their icon, colour and word, each with its count. */
export function StatusLegend({ statuses, counts, label }: { statuses: readonly string[]; counts: readonly number[]; label: string }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {statuses.map((status, i) =>
        (counts[i] ?? 0) > 0 || i < 5 ? (
          <li key={status} className="chart-legend__item">
            <ImportStatus status={status} />
            <span className="chart-legend__count">{(counts[i] ?? 0).toLocaleString()}</span>
          </li>
        ) : null,
      )}
    </ul>
  );
}
