import type { SourceRef } from '../../lib/source.ts';

// The five values the 2013-11-01 API defines; later values pass through the SDK untouched.
export const IMPORT_STATUSES = ['INITIALIZING', 'IN_PROGRESS', 'FAILED', 'STOPPED', 'COMPLETED'] as const;

export type KnownImportStatus = (typeof IMPORT_STATUSES)[number];

export const ACTIVE_STATUSES: readonly KnownImportStatus[] = ['INITIALIZING', 'IN_PROGRESS'];

export interface ImportRow {
  /** The source: an import is identified by (account, region, id). */
  account: string;
  region: string;
  id: string;
  status: string;
  destinations: string[];
  /** Epoch milliseconds; numbers rather than Dates so cached data compares structurally. */
  created: number;
  updated: number;
}

export interface ImportLike {
  ImportId?: string;
  ImportStatus?: string;
  Destinations?: string[];
  CreatedTimestamp?: Date;
  UpdatedTimestamp?: Date;
}

export function toImportRow(item: ImportLike, source: SourceRef): ImportRow {
  const created = item.CreatedTimestamp?.getTime() ?? 0;
  return {
    account: source.account,
    region: source.region,
    id: item.ImportId ?? '',
    status: item.ImportStatus ?? 'UNKNOWN',
    destinations: item.Destinations ?? [],
    created,
    updated: item.UpdatedTimestamp?.getTime() ?? created,
  };
}

/** Where one import lives and which it is: enough to open it, act on it, or link to it. */
export interface ImportRef extends SourceRef {
  id: string;
}

/** Unique across sources: two accounts may hold imports with the same ImportId. */
export function importKey(ref: ImportRef): string {
  return `${ref.account}/${ref.region}/${ref.id}`;
}

export function refOf({ account, region, id }: ImportRef): ImportRef {
  return { account, region, id };
}

export function isKnownStatus(value: string): value is KnownImportStatus {
  return IMPORT_STATUSES.some((status) => status === value);
}

export function isActive(row: Pick<ImportRow, 'status'>): boolean {
  return ACTIVE_STATUSES.some((status) => status === row.status);
}

/** How long the import ran: up to now while it is active, up to its last update once it has stopped. */
export function durationMs(row: ImportRow, now: number): number {
  const end = isActive(row) ? Math.max(now, row.updated) : row.updated;
  return Math.max(0, end - row.created);
}

export interface StatusCount {
  status: string;
  count: number;
}

/** Counts per status, the five API values first in lifecycle order, then any others by name. */
export function countByStatus(rows: readonly ImportRow[]): StatusCount[] {
  const counts = new Map<string, number>(IMPORT_STATUSES.map((status) => [status, 0]));
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  const unknown = [...counts.keys()].filter((status) => !isKnownStatus(status)).sort();
  return [...IMPORT_STATUSES, ...unknown].map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

export function statusLabel(status: string): string {
  const words = status.toLowerCase().split('_').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
