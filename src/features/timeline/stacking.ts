/**
 * Running totals of series drawn one on top of the other: out[k][i] is the top of series k on day i,
 * and out[k - 1][i] (0 for the first) its bottom.
 */
export function stack(series: readonly (readonly number[])[]): number[][] {
  const tops: number[][] = [];
  let below: readonly number[] = [];
  for (const values of series) {
    const top = values.map((value, i) => value + (below[i] ?? 0));
    tops.push(top);
    below = top;
  }
  return tops;
}

export const OTHER = 'Other';

/**
 * The `limit` largest keys by total, largest first (ties by name), and whether anything is left for
 * an "Other" group.
 */
export function topKeys(totals: ReadonlyMap<string, number>, limit: number): { keys: string[]; rest: boolean } {
  const ranked = [...totals.entries()]
    .filter(([, total]) => total > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { keys: ranked.slice(0, limit).map(([key]) => key), rest: ranked.length > limit };
}
