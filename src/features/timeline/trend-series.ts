import { importKey } from '../imports/model.ts';
import { dayBoundaries, dayIndex } from './day-buckets.ts';
import { OTHER, topKeys } from './stacking.ts';
import type { TimelineImport } from './timeline-import.ts';

export interface Series {
  key: string;
  label: string;
  values: number[];
}

/** Values per local day: day i starts at days[i]. */
export interface DailySeries {
  days: number[];
  series: Series[];
}

/** A failure entry as ListImportFailures returns it, reduced to what the trend needs. */
export interface FailureEntry {
  errorType: string;
  status: string;
}

export const TOP_ERROR_TYPES = 5;
const NO_TYPE = '(no error type)';

/** Every day from the first import's creation to today; every chart shares these days. */
export function trendDays(imports: readonly TimelineImport[], now: number): number[] {
  let first = now;
  for (const item of imports) if (item.created < first) first = item.created;
  return dayBoundaries(first, now);
}

function emptyValues(boundaries: readonly number[]): number[] {
  return new Array<number>(Math.max(0, boundaries.length - 1)).fill(0);
}

/** Imports created per day, one series per status. */
export function importsPerDay(imports: readonly TimelineImport[], statuses: readonly string[], boundaries: readonly number[]): DailySeries {
  const values = new Map(statuses.map((status) => [status, emptyValues(boundaries)]));
  for (const item of imports) {
    const day = dayIndex(boundaries, item.created);
    const row = values.get(item.status);
    if (day >= 0 && row) row[day] = (row[day] ?? 0) + 1;
  }
  return {
    days: boundaries.slice(0, -1),
    series: statuses.map((status) => ({ key: status, label: status, values: values.get(status) ?? [] })),
  };
}

/**
 * Failure entries per day of the import's creation, by error type: the five most frequent types,
 * then the rest as "Other". Entries a retry has since fixed (SUCCEEDED) are no longer failures.
 */
export function failuresPerDay(
  imports: readonly TimelineImport[],
  failures: ReadonlyMap<string, readonly FailureEntry[]>,
  boundaries: readonly number[],
): DailySeries & { imports: number } {
  const perType = new Map<string, number[]>();
  const totals = new Map<string, number>();
  let counted = 0;
  for (const item of imports) {
    const entries = failures.get(importKey(item));
    const day = dayIndex(boundaries, item.created);
    if (!entries || day < 0) continue;
    counted++;
    for (const entry of entries) {
      if (entry.status === 'SUCCEEDED') continue;
      const type = entry.errorType || NO_TYPE;
      const row = perType.get(type) ?? emptyValues(boundaries);
      row[day] = (row[day] ?? 0) + 1;
      perType.set(type, row);
      totals.set(type, (totals.get(type) ?? 0) + 1);
    }
  }
  const { keys, rest } = topKeys(totals, TOP_ERROR_TYPES);
  const series: Series[] = keys.map((type) => ({ key: type, label: type, values: perType.get(type) ?? [] }));
  if (rest) {
    const other = emptyValues(boundaries);
    for (const [type, row] of perType) {
      if (keys.includes(type)) continue;
      row.forEach((value, day) => (other[day] = (other[day] ?? 0) + value));
    }
    series.push({ key: OTHER, label: OTHER, values: other });
  }
  return { days: boundaries.slice(0, -1), series, imports: counted };
}

/** Events imported per day of the import's creation, over the imports whose statistics are known. */
export function eventsPerDay(
  imports: readonly TimelineImport[],
  events: ReadonlyMap<string, number>,
  boundaries: readonly number[],
): DailySeries & { imports: number } {
  const values = emptyValues(boundaries);
  let counted = 0;
  for (const item of imports) {
    const count = events.get(importKey(item));
    const day = dayIndex(boundaries, item.created);
    if (count === undefined || day < 0) continue;
    counted++;
    values[day] = (values[day] ?? 0) + count;
  }
  return { days: boundaries.slice(0, -1), series: [{ key: 'events', label: 'Events imported', values }], imports: counted };
}

export function seriesTotal(series: Series): number {
  return series.values.reduce((sum, value) => sum + value, 0);
}
