import { Icon } from '../../../components/icon.tsx';
import { formatClock } from '../../../lib/format-time.ts';
import { AUTO_REFRESH_CHOICES, isAutoRefreshMs, type AutoRefreshMs } from '../hooks/use-auto-refresh.ts';

interface RefreshControlsProps {
  lastUpdated: number | null;
  failedAt: number | null;
  refreshing: boolean;
  onRefresh: () => void;
  autoRefresh: AutoRefreshMs;
  onAutoRefreshChange: (ms: AutoRefreshMs) => void;
}

/** "Last updated", the Refresh button and the auto-refresh interval, as in the AWS console. */
export function RefreshControls(props: RefreshControlsProps) {
  const { lastUpdated, failedAt, refreshing, onRefresh, autoRefresh, onAutoRefreshChange } = props;
  return (
    <div className="refresh">
      <p className="refresh__status">
        {lastUpdated ? (
          <>
            Last updated <time dateTime={new Date(lastUpdated).toISOString()}>{formatClock(lastUpdated)}</time>
          </>
        ) : (
          'Not updated yet'
        )}
        {failedAt ? <span className="refresh__failed"> · refresh failed at {formatClock(failedAt)}</span> : null}
      </p>
      <button type="button" className="button" onClick={onRefresh} aria-busy={refreshing || undefined}>
        <Icon name="refresh" className={refreshing ? 'spin' : undefined} />
        Refresh
      </button>
      <label className="refresh__auto">
        <span>Auto-refresh</span>
        <select
          value={autoRefresh}
          onChange={(event) => {
            const ms = Number(event.target.value);
            if (isAutoRefreshMs(ms)) onAutoRefreshChange(ms);
          }}
        >
          {AUTO_REFRESH_CHOICES.map((choice) => (
            <option key={choice.ms} value={choice.ms}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
