// What the emulator can be told to get wrong on purpose (README, Faults).
export interface FaultSettings {
  /** Shares of AWS requests, 0 to 1 and at most 1 together. */
  readonly throttle?: number;
  readonly internalError?: number;
  readonly unavailable?: number;
  /** Closed after the request was read: before any answer, or for half of them part-way through one. */
  readonly drop?: number;
  /** Added before every answer. */
  readonly latencyMs?: number;
  /** While on, every NextToken is refused; tokens issued before it went on stay refused. */
  readonly invalidateTokens?: boolean;
  readonly seed?: number;
}

export const NO_FAULTS: FaultSettings = {};
export const DEFAULT_FAULT_SEED = 1;
const MAX_LATENCY_MS = 60_000;
/** In the order a draw is matched against them. */
export const FAULT_SHARES = ['drop', 'throttle', 'internalError', 'unavailable'] as const;
export type FaultShare = (typeof FAULT_SHARES)[number];

/** Settings as given, or a RangeError that says which value is wrong. */
export function checkFaultSettings(input: Record<string, unknown>): FaultSettings {
  const known = new Set<string>([...FAULT_SHARES, 'latencyMs', 'invalidateTokens', 'seed']);
  const unknown = Object.keys(input).filter((key) => !known.has(key));
  if (unknown.length > 0) throw new RangeError(`Unknown fault setting ${unknown.join(', ')}.`);
  for (const name of FAULT_SHARES) {
    const value = input[name];
    if (value !== undefined && !(typeof value === 'number' && value >= 0 && value <= 1)) {
      throw new RangeError(`${name} must be a share from 0 to 1.`);
    }
  }
  const total = FAULT_SHARES.reduce((sum, name) => sum + Number(input[name] ?? 0), 0);
  if (total > 1 + 1e-9) throw new RangeError(`The fault shares add up to ${total}, more than 1.`);
  const { latencyMs, invalidateTokens, seed } = input;
  const latencyOk = Number.isInteger(latencyMs) && Number(latencyMs) >= 0 && Number(latencyMs) <= MAX_LATENCY_MS;
  if (latencyMs !== undefined && !latencyOk) {
    throw new RangeError(`latencyMs must be a whole number of milliseconds from 0 to ${MAX_LATENCY_MS}.`);
  }
  if (invalidateTokens !== undefined && typeof invalidateTokens !== 'boolean') {
    throw new RangeError('invalidateTokens must be true or false.');
  }
  if (seed !== undefined && !Number.isSafeInteger(seed)) throw new RangeError('seed must be an integer.');
  return {
    throttle: share(input.throttle),
    internalError: share(input.internalError),
    unavailable: share(input.unavailable),
    drop: share(input.drop),
    latencyMs: typeof latencyMs === 'number' ? latencyMs : undefined,
    invalidateTokens: invalidateTokens === true ? true : undefined,
    seed: typeof seed === 'number' ? seed : undefined,
  };
}

function share(value: unknown): number | undefined {
  return typeof value === 'number' && value > 0 ? value : undefined;
}
