import type { IconName } from '../../components/icon.tsx';

// The same look as ImportStatus in the Imports table (status-look.test.tsx holds them together).
const LOOK: Record<string, { icon: IconName; tone: string }> = {
  INITIALIZING: { icon: 'status-pending', tone: 'pending' },
  IN_PROGRESS: { icon: 'status-in-progress', tone: 'progress' },
  COMPLETED: { icon: 'status-positive', tone: 'success' },
  FAILED: { icon: 'status-negative', tone: 'error' },
  STOPPED: { icon: 'status-stopped', tone: 'stopped' },
};
const UNKNOWN = { icon: 'status-info', tone: 'neutral' } as const;

export function statusLook(status: string): { icon: IconName; tone: string } {
  return Object.hasOwn(LOOK, status) ? (LOOK[status] ?? UNKNOWN) : UNKNOWN;
}

/** The theme variable that colours a status, e.g. --status-error. */
export function statusVariable(status: string): string {
  return `--status-${statusLook(status).tone}`;
}
