import type { Spread } from './stats.ts';

/** One row of the bench table. */
export interface Row {
  measure: string;
  value: string;
  min: string;
  max: string;
  runs: string;
  /** The median as a multiple of the reference page's median, for browser timings. */
  ratio?: string;
  budget: string;
  /** undefined when the row has no budget. */
  met?: boolean;
  /** Met only by the ratio: the time itself was over, on a machine slower than the quiet one. */
  byRatio?: boolean;
}

export const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
export const times = (ratio: number) => `${ratio.toFixed(2)}×`;

/**
 * A time budget, and the same budget as a multiple of the reference page. On the quiet machine the
 * budgets were set for, the time decides; on a slower or busier one everything slows, and the ratio,
 * which moves much less, decides. The ratio is the time over REFERENCE_QUIET_MS.
 */
export interface TimeBudget {
  ms: number;
  ratio: number;
}

export function measured(measure: string, s: Spread, format: (v: number) => string, budget?: { text: string; limit: number }): Row {
  const row = {
    measure,
    value: format(s.median),
    min: format(s.min),
    max: format(s.max),
    runs: String(s.runs),
    budget: budget?.text ?? '',
  };
  return budget ? { ...row, met: s.median < budget.limit } : row;
}

/** A browser timing with its ratio to the reference page, checked against a time budget or its ratio. */
export function timed(measure: string, s: Spread, reference: Spread, budget?: TimeBudget): Row {
  const ratio = s.median / reference.median;
  const row = { ...measured(measure, s, ms), ratio: times(ratio) };
  if (!budget) return row;
  const inTime = s.median < budget.ms;
  const inRatio = ratio < budget.ratio;
  return { ...row, budget: `< ${ms(budget.ms)} or < ${times(budget.ratio)}`, met: inTime || inRatio, byRatio: !inTime && inRatio };
}

export function single(measure: string, value: string, budget = '', met?: boolean): Row {
  return { measure, value, min: '', max: '', runs: '1', budget, met };
}
