import type { TimeWindow } from './chunks.ts';
import { DAY_MS } from './timeline-import.ts';

export interface Tick {
  at: number;
  label: string;
}

const HOUR_MS = 3_600_000;
type Step = { unit: 'hour' | 'day' | 'month'; size: number; approxMs: number };
const STEPS: readonly Step[] = [
  ...[1, 2, 3, 6, 12].map((size) => ({ unit: 'hour' as const, size, approxMs: size * HOUR_MS })),
  ...[1, 2, 7, 14].map((size) => ({ unit: 'day' as const, size, approxMs: size * DAY_MS })),
  ...[1, 3, 6, 12].map((size) => ({ unit: 'month' as const, size, approxMs: size * 30 * DAY_MS })),
];

const dayLabel = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const monthLabel = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });
const hourLabel = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * Axis ticks on local calendar boundaries (hours, midnights, first days of months), the smallest
 * step that leaves at least `minGapPx` between labels.
 */
export function timeTicks(window: TimeWindow, width: number, minGapPx = 96): Tick[] {
  const span = window.end - window.start;
  if (span <= 0 || width <= 0) return [];
  const step = STEPS.find((candidate) => (candidate.approxMs / span) * width >= minGapPx) ?? STEPS[STEPS.length - 1];
  if (!step) return [];
  const ticks: Tick[] = [];
  const first = new Date(window.start);
  let cursor = aligned(first, step);
  for (let guard = 0; guard < 1000 && cursor.getTime() <= window.end; guard++) {
    if (cursor.getTime() >= window.start) ticks.push({ at: cursor.getTime(), label: labelOf(cursor, step) });
    cursor = advance(cursor, step);
  }
  return ticks;
}

function aligned(date: Date, step: Step): Date {
  if (step.unit === 'month') {
    const month = Math.floor(date.getMonth() / step.size) * step.size;
    return new Date(date.getFullYear(), month, 1);
  }
  if (step.unit === 'day') {
    const midnight = new Date(date.getFullYear(), date.getMonth(), date.getDate());
    // Weeks start on Mondays; shorter steps count from the first of the month.
    if (step.size >= 7) return new Date(midnight.getFullYear(), midnight.getMonth(), midnight.getDate() - ((midnight.getDay() + 6) % 7));
    return new Date(midnight.getFullYear(), midnight.getMonth(), midnight.getDate() - ((midnight.getDate() - 1) % step.size));
  }
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), Math.floor(date.getHours() / step.size) * step.size);
}

function advance(date: Date, step: Step): Date {
  if (step.unit === 'month') return new Date(date.getFullYear(), date.getMonth() + step.size, 1);
  if (step.unit === 'day') {
    const next = new Date(date.getFullYear(), date.getMonth(), date.getDate() + step.size);
    // Two-day steps start again on the first, so labels stay on odd days.
    return step.size === 2 && next.getMonth() !== date.getMonth() ? new Date(next.getFullYear(), next.getMonth(), 1) : next;
  }
  const next = new Date(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours() + step.size);
  return next.getHours() % step.size === 0 ? next : new Date(next.getFullYear(), next.getMonth(), next.getDate(), Math.floor(next.getHours() / step.size) * step.size);
}

function labelOf(date: Date, step: Step): string {
  if (step.unit === 'month') return monthLabel.format(date);
  if (step.unit === 'day' || (date.getHours() === 0 && date.getMinutes() === 0)) return dayLabel.format(date);
  return hourLabel.format(date);
}
