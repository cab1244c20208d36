import type { ServerResponse } from 'node:http';
import { AwsError } from './errors.ts';
import { hash, mulberry32, type Random } from './random.ts';
import { isObject } from './shape.ts';
import { invalid, type Tokens } from './tokens.ts';

export interface FaultSettings {
  /** Shares of AWS requests, 0 to 1 and at most 1 together. */
  readonly throttle?: number;
  readonly internalError?: number;
  readonly unavailable?: number;
  /** Closed with no answer after the request was read. */
  readonly drop?: number;
  /** Added before every answer. */
  readonly latencyMs?: number;
  /** While on, every NextToken is refused; tokens issued before it went on stay refused. */
  readonly invalidateTokens?: boolean;
  readonly seed?: number;
}

export interface Faults {
  readonly settings: FaultSettings;
  set(settings: FaultSettings): void;
  /** Answers one request of `operation` with body `text`: now, later, with an error, or never. */
  apply(operation: string, text: string, res: ServerResponse, answer: (fault?: AwsError) => void): void;
}

export const NO_FAULTS: FaultSettings = {};
export const DEFAULT_FAULT_SEED = 1;
export const MAX_LATENCY_MS = 60_000;
const SHARES = ['drop', 'throttle', 'internalError', 'unavailable'] as const;
const MAX_STREAMS = 10_000;

// Messages as AWS's common errors word them; ThrottlingException is 429 in the CloudTrail model.
const ERRORS = {
  throttle: () => new AwsError('ThrottlingException', 'Rate exceeded'),
  internalError: () =>
    new AwsError('InternalFailure', 'The request processing has failed because of an unknown error, exception or failure.'),
  unavailable: () => new AwsError('ServiceUnavailable', 'The request has failed due to a temporary failure of the server.'),
};

export function createFaults(initial: FaultSettings = NO_FAULTS): Faults {
  let settings = checkFaultSettings({ ...initial });
  let streams = new Map<string, Random>();
  // Each kind of request draws from its own seeded sequence, so requests running side by side cannot
  // change one another's faults: a listing's pages meet the same faults on every run.
  const draw = (key: string): number => {
    let stream = streams.get(key);
    if (!stream) {
      if (streams.size >= MAX_STREAMS) streams = new Map();
      stream = mulberry32(hash(`${settings.seed ?? DEFAULT_FAULT_SEED}\n${key}`));
      streams.set(key, stream);
    }
    return stream();
  };
  return {
    get settings() {
      return settings;
    },
    set(next) {
      settings = checkFaultSettings({ ...next });
      streams = new Map();
    },
    apply(operation, text, res, answer) {
      const share = SHARES.reduce((sum, name) => sum + (settings[name] ?? 0), 0);
      const outcome = share > 0 ? pickOutcome(draw(streamKey(operation, text)), settings) : undefined;
      const act = () => {
        if (outcome === 'drop') res.socket?.destroy();
        else answer(outcome && ERRORS[outcome]());
      };
      const delay = settings.latencyMs ?? 0;
      if (delay > 0) setTimeout(act, delay);
      else act();
    },
  };
}

function pickOutcome(value: number, settings: FaultSettings): (typeof SHARES)[number] | undefined {
  let bound = 0;
  for (const name of SHARES) {
    bound += settings[name] ?? 0;
    if (value < bound) return name;
  }
  return undefined;
}

// The operation and its parameters, without the page token and page size.
function streamKey(operation: string, text: string): string {
  try {
    const body: unknown = JSON.parse(text);
    if (!isObject(body)) return operation;
    const { NextToken, MaxResults, ...parameters } = body;
    return `${operation} ${JSON.stringify(parameters)}`;
  } catch {
    // not JSON, or nested too deeply to write back
    return operation;
  }
}

/** The same tokens, except that none is accepted. */
export function refusingTokens(tokens: Tokens): Tokens {
  return {
    issue: (scope, key) => tokens.issue(scope, key),
    read: () => {
      throw invalid();
    },
  };
}

/** Settings as given, or a RangeError that says which value is wrong. */
export function checkFaultSettings(input: Record<string, unknown>): FaultSettings {
  const known = new Set<string>([...SHARES, 'latencyMs', 'invalidateTokens', 'seed']);
  const unknown = Object.keys(input).filter((key) => !known.has(key));
  if (unknown.length > 0) throw new RangeError(`Unknown fault setting ${unknown.join(', ')}.`);
  for (const name of SHARES) {
    const value = input[name];
    if (value !== undefined && !(typeof value === 'number' && value >= 0 && value <= 1)) {
      throw new RangeError(`${name} must be a share from 0 to 1.`);
    }
  }
  const total = SHARES.reduce((sum, name) => sum + Number(input[name] ?? 0), 0);
  if (total > 1 + 1e-9) throw new RangeError(`The fault shares add up to ${total}, more than 1.`);
  const { latencyMs, invalidateTokens, seed } = input;
  if (latencyMs !== undefined && !(Number.isInteger(latencyMs) && Number(latencyMs) >= 0 && Number(latencyMs) <= MAX_LATENCY_MS)) {
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
