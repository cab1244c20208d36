/** Median, min and max of repeated runs of one measurement. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new RangeError('no values to summarise');
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, runs: values.length };
}

/** The p-th percentile of ascending `sorted` values, interpolated between the nearest ranks. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] ?? 0;
  return lowValue + ((sorted[high] ?? lowValue) - lowValue) * (rank - low);
}

/** Runs `measure` `times` times, one after another. */
export async function repeat(times: number, measure: (run: number) => Promise<number>): Promise<Spread> {
  const values: number[] = [];
  for (let run = 0; run < times; run++) values.push(await measure(run));
  return spread(values);
}
