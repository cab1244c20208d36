import { useId } from 'react';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { prefixPercent, type ImportCounters, type ImportDetail } from '../import-detail.ts';
import { isActive } from '../model.ts';
import { Fact } from './fact.tsx';

const FIGURES: { key: keyof ImportCounters; label: string }[] = [
  { key: 'prefixesFound', label: 'Prefixes found' },
  { key: 'prefixesCompleted', label: 'Prefixes completed' },
  { key: 'filesCompleted', label: 'Files completed' },
  { key: 'eventsCompleted', label: 'Events completed' },
  { key: 'failedEntries', label: 'Failed entries' },
];

/** Prefixes completed over prefixes found, and the five ImportStatistics counters. */
export function ImportProgress({ detail }: { detail: ImportDetail }) {
  const headingId = useId();
  const stats = detail.statistics;
  const percent = prefixPercent(stats);
  const share = percent === null ? 'No prefixes found yet' : `${percent} % of prefixes completed`;
  return (
    <section className="detail__section" aria-labelledby={headingId}>
      <h3 id={headingId}>Progress</h3>
      <div className="detail__progress">
        <ProgressBar percent={percent} label="Import progress (approximate)" valueText={`About ${share.toLowerCase()}`} />
        <span className="detail__percent">{percent === null ? '—' : `≈ ${percent} %`}</span>
      </div>
      <p className="hint">
        Approximate: {share.charAt(0).toLowerCase() + share.slice(1)}. CloudTrail updates these statistics lazily, so they
        can trail the import{isActive(detail) ? ' while it runs' : ''}.
      </p>
      <div className="figures">
        {FIGURES.map(({ key, label }) => (
          <Fact key={key} label={label}>
            <span className={key === 'failedEntries' && stats && stats[key] > 0 ? 'figure figure--bad' : 'figure'}>
              {stats ? stats[key].toLocaleString() : '—'}
            </span>
          </Fact>
        ))}
      </div>
    </section>
  );
}
