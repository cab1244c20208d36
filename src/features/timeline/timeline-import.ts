import { IMPORT_STATUSES } from '../imports/model.ts';

/** What the timeline and the trends need of one import, whatever source it was listed from. */
export interface TimelineImport {
  id: string;
  account: string;
  /** The account's name in the organization, when known. */
  accountName?: string;
  region: string;
  status: string;
  destinations: readonly string[];
  /** Epoch milliseconds. */
  created: number;
  updated: number;
}

export const DAY_MS = 86_400_000;

export function isRunning(status: string): boolean {
  return status === 'INITIALIZING' || status === 'IN_PROGRESS';
}

/** When the bar ends: now while the import runs, its last update once it has ended. */
export function endOf(item: TimelineImport, now: number): number {
  const end = isRunning(item.status) ? Math.max(now, item.updated) : item.updated;
  return Math.max(item.created, end);
}

/** The five API statuses in lifecycle order, then any later ones by name: the order of every legend and stack. */
export function statusesOf(imports: readonly TimelineImport[]): string[] {
  const known = new Set<string>(IMPORT_STATUSES);
  const unknown = new Set<string>();
  for (const item of imports) if (!known.has(item.status)) unknown.add(item.status);
  return [...IMPORT_STATUSES, ...[...unknown].sort()];
}
