import { Icon, type IconName } from '../../../components/icon.tsx';
import { statusLabel } from '../model.ts';

const LOOK: Record<string, { icon: IconName; tone: string }> = {
  INITIALIZING: { icon: 'status-pending', tone: 'pending' },
  IN_PROGRESS: { icon: 'status-in-progress', tone: 'progress' },
  COMPLETED: { icon: 'status-positive', tone: 'success' },
  FAILED: { icon: 'status-negative', tone: 'error' },
  STOPPED: { icon: 'status-stopped', tone: 'stopped' },
};
// A status the API adds later still shows, as its own words with a neutral look.
const UNKNOWN = { icon: 'status-info', tone: 'neutral' } as const;

/** Status as icon + colour + word, so it never relies on colour alone. */
export function ImportStatus({ status }: { status: string }) {
  const look = Object.hasOwn(LOOK, status) ? LOOK[status] : UNKNOWN;
  return (
    <span className={`status status--${look.tone}`} title={status}>
      <Icon name={look.icon} className={look.tone === 'progress' ? 'status__icon spin' : 'status__icon'} />
      <span>{statusLabel(status)}</span>
    </span>
  );
}
