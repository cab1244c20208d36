import type { IconName } from '../../components/icon.tsx';

// How each status looks, in the Imports table and on the timeline alike.
const LOOK: Record<string, { icon: IconName; tone: string }> = {
  INITIALIZING: { icon: 'status-pending', tone: 'pending' },
  IN_PROGRESS: { icon: 'status-in-progress', tone: 'progress' },
  COMPLETED: { icon: 'status-positive', tone: 'success' },
  FAILED: { icon: 'status-negative', tone: 'error' },
  STOPPED: { icon: 'status-stopped', tone: 'stopped' },
};
// A status the API adds later still shows, as its own words with a neutral look.
const UNKNOWN = { icon: 'status-info', tone: 'neutral' } as const;

export function statusLook(status: string): { icon: IconName; tone: string } {
  return Object.hasOwn(LOOK, status) ? (LOOK[status] ?? UNKNOWN) : UNKNOWN;
}

/** The theme variable that colours a status, e.g. --status-error. */
export function statusVariable(status: string): string {
  return `--status-${statusLook(status).tone}`;
}
