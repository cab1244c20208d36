/** Local midnight of the day that contains `ms`, in the browser's time zone. */
export function startOfDay(ms: number): number {
  const date = new Date(ms);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/**
 * The local midnights from the day containing `from` to the day after the one containing `to`, so
 * day i runs from boundaries[i] to boundaries[i + 1]. Days are built from calendar dates, so a day
 * with a daylight-saving change is 23 or 25 hours long, as the person living it counts it.
 */
export function dayBoundaries(from: number, to: number): number[] {
  const first = new Date(startOfDay(Math.min(from, to)));
  const last = startOfDay(Math.max(from, to));
  const boundaries: number[] = [];
  for (let day = 0; ; day++) {
    const boundary = new Date(first.getFullYear(), first.getMonth(), first.getDate() + day).getTime();
    boundaries.push(boundary);
    if (boundary > last) return boundaries;
  }
}

/** The day `ms` falls on, by binary search; -1 outside the boundaries. */
export function dayIndex(boundaries: readonly number[], ms: number): number {
  const days = boundaries.length - 1;
  if (days < 1 || ms < (boundaries[0] ?? 0) || ms >= (boundaries[days] ?? 0)) return -1;
  let low = 0;
  let high = days - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((boundaries[middle] ?? 0) <= ms) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** How many of `times` fall on each day. */
export function countPerDay(boundaries: readonly number[], times: Iterable<number>): number[] {
  const counts = new Array<number>(Math.max(0, boundaries.length - 1)).fill(0);
  for (const ms of times) {
    const day = dayIndex(boundaries, ms);
    if (day >= 0) counts[day] = (counts[day] ?? 0) + 1;
  }
  return counts;
}
