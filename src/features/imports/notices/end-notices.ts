import { importKey, refOf, statusLabel, type ImportRef, type ImportRow } from '../model.ts';

export interface EndNotice {
  /** Import (account, region, ID) and end time: the same ending seen twice is one notice. */
  key: string;
  importRef: ImportRef;
  status: string;
  /** FAILED is a failure (role="alert"); every other ending is news (role="status"). */
  tone: 'error' | 'success' | 'info';
  title: string;
}

// Enough to see what just happened without the notices pushing the list off the screen.
export const MAX_NOTICES = 4;

export function endNoticeFor(row: ImportRow): EndNotice {
  const tone = row.status === 'FAILED' ? 'error' : row.status === 'COMPLETED' ? 'success' : 'info';
  const how: Record<string, string> = {
    COMPLETED: 'completed',
    FAILED: 'failed: some files could not be imported',
    STOPPED: 'was stopped',
  };
  const ending = Object.hasOwn(how, row.status) ? how[row.status] : `ended: ${statusLabel(row.status)}`;
  return { key: `${importKey(row)}@${row.updated}`, importRef: refOf(row), status: row.status, tone, title: `Import ${row.id} ${ending}` };
}

/** New endings first; an ending already on show is not repeated, and the oldest drop off past the limit. */
export function addEndNotices(current: readonly EndNotice[], ended: readonly ImportRow[]): EndNotice[] {
  const shown = new Set(current.map((notice) => notice.key));
  const fresh = ended.map(endNoticeFor).filter((notice) => !shown.has(notice.key));
  if (fresh.length === 0) return [...current];
  return [...fresh.reverse(), ...current].slice(0, MAX_NOTICES);
}
