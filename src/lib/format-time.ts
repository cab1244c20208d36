// Made on first use: a page's first Intl.DateTimeFormat loads locale and time zone data, which takes
// tens of milliseconds; src/main.tsx makes them while the first request is out.
let dateTime: Intl.DateTimeFormat | undefined;
let clock: Intl.DateTimeFormat | undefined;

export function prepareTimeFormats(): { dateTime: Intl.DateTimeFormat; clock: Intl.DateTimeFormat } {
  dateTime ??= new Intl.DateTimeFormat(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  clock ??= new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  return { dateTime, clock };
}

/** Local date and time to the minute, e.g. "Nov 28, 2026, 14:05"; the exact instant goes in a title. */
export function formatDateTime(ms: number): string {
  return prepareTimeFormats().dateTime.format(ms);
}

/** Local time of day, for "Last updated" and retry times. */
export function formatClock(ms: number): string {
  return prepareTimeFormats().clock.format(ms);
}

export function formatIso(ms: number): string {
  return new Date(ms).toISOString();
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "3 min ago", "2 h ago", "5 days ago"; "in 2 min" for times ahead of the clock. */
export function formatRelative(ms: number, now: number): string {
  const delta = now - ms;
  const size = Math.abs(delta);
  if (size < 45 * SECOND) return 'just now';
  const text = size < HOUR
    ? `${Math.round(size / MINUTE)} min`
    : size < DAY
      ? `${Math.round(size / HOUR)} h`
      : plural(Math.round(size / DAY), 'day');
  return delta >= 0 ? `${text} ago` : `in ${text}`;
}

/** "45 s", "4 min 12 s", "3 h 5 min", "2 days 4 h". */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / SECOND));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (days > 0) return `${plural(days, 'day')}${hours ? ` ${hours} h` : ''}`;
  if (hours > 0) return `${hours} h${minutes ? ` ${minutes} min` : ''}`;
  if (minutes > 0) return `${minutes} min${seconds ? ` ${seconds} s` : ''}`;
  return `${seconds} s`;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
