import { statusLabel } from '../imports/model.ts';
import type { TimeWindow } from './chunks.ts';
import { DAY_MS } from './timeline-import.ts';

const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric' });

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** "30 days", "6 hours": how long a window or a range of days is, rounded. */
export function spanWords(ms: number): string {
  if (ms >= 2 * DAY_MS) return plural(Math.round(ms / DAY_MS), 'day');
  return plural(Math.max(1, Math.round(ms / 3_600_000)), 'hour');
}

export function dayWords(ms: number): string {
  return dayFormat.format(ms);
}

/** "35 completed, 12 failed and 1 in progress": the non-zero counts in the order given. */
export function countWords(counts: readonly { label: string; count: number }[]): string {
  const parts = counts.filter((c) => c.count > 0).map((c) => `${c.count.toLocaleString()} ${c.label}`);
  if (parts.length <= 1) return parts[0] ?? 'none';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export function statusCounts(statuses: readonly string[], counts: readonly number[]): { label: string; count: number }[] {
  return statuses.map((status, i) => ({ label: statusLabel(status).toLowerCase(), count: counts[i] ?? 0 }));
}

/** The timeline's label: "12 imports in 4 lanes in the last 7 days (Nov 21 to Nov 28, 2026): 10 completed and 2 failed." */
export function timelineSummary(total: number, lanes: number, windowWords: string, counts: readonly { label: string; count: number }[]): string {
  if (total === 0) return `No imports ${windowWords}.`;
  return `${plural(total, 'import')} in ${plural(lanes, 'lane')} ${windowWords}: ${countWords(counts)}.`;
}

/** "in the last 30 days (Oct 29, 2026 to Nov 28, 2026)" for a preset, else "between … and …"; never past now. */
export function windowWords(window: TimeWindow, now: number, lastDays: number | null): string {
  const end = Math.min(window.end, now);
  if (lastDays !== null) return `in the last ${plural(lastDays, 'day')} (${dayWords(window.start)} to ${dayWords(end)})`;
  return `between ${dayWords(window.start)} and ${dayWords(end)} (${spanWords(end - window.start)})`;
}

/** A daily chart's label: "60 imports over 180 days: 35 completed, 12 failed and 13 stopped." */
export function dailySummary(
  total: number,
  what: string,
  days: number,
  counts: readonly { label: string; count: number }[],
  scope = '',
): string {
  const over = `over ${plural(days, 'day')}${scope ? ` ${scope}` : ''}`;
  if (total === 0) return `No ${what} ${over}.`;
  const detail = counts.some((c) => c.count > 0) ? `: ${countWords(counts)}` : '';
  return `${total.toLocaleString()} ${what} ${over}${detail}.`;
}
