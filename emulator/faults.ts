import type { ServerResponse } from 'node:http';
import { AwsError } from './errors.ts';
import {
  checkFaultSettings,
  DEFAULT_FAULT_SEED,
  FAULT_SHARES,
  NO_FAULTS,
  type FaultSettings,
  type FaultShare,
} from './fault-settings.ts';
import { hash, mulberry32, type Random } from './random.ts';
import { isObject } from './shape.ts';
import { invalid, type Tokens } from './tokens.ts';

export interface Faults {
  readonly settings: FaultSettings;
  /** How many requests met each fault since the settings were last set. */
  readonly injected: Readonly<Record<FaultShare, number>>;
  set(settings: FaultSettings): void;
  /** Answers one request of `operation` with body `text`: now, later, with an error, or never. */
  apply(operation: string, text: string, res: ServerResponse, answer: (fault?: AwsError) => void): void;
}

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
  let injected = noneInjected();
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
    get injected() {
      return injected;
    },
    set(next) {
      settings = checkFaultSettings({ ...next });
      streams = new Map();
      injected = noneInjected();
    },
    apply(operation, text, res, answer) {
      const share = FAULT_SHARES.reduce((sum, name) => sum + (settings[name] ?? 0), 0);
      const key = share > 0 ? streamKey(operation, text) : '';
      const outcome = share > 0 ? pickOutcome(draw(key), settings) : undefined;
      if (outcome) injected = { ...injected, [outcome]: injected[outcome] + 1 };
      const midAnswer = outcome === 'drop' && draw(key) < 0.5;
      const act = () => {
        if (outcome === 'drop') drop(res, midAnswer);
        else answer(outcome && ERRORS[outcome]());
      };
      const delay = settings.latencyMs ?? 0;
      if (delay > 0) setTimeout(act, delay);
      else act();
    },
  };
}

// Half the drops close the connection before any answer, half part-way through one: browsers resend
// the first kind by themselves on a reused connection, never the second.
function drop(res: ServerResponse, midAnswer: boolean): void {
  if (!midAnswer) {
    res.socket?.destroy();
    return;
  }
  res.writeHead(200, { 'Content-Type': 'application/x-amz-json-1.1', 'Content-Length': '4096' });
  res.write('{"Imports":[{"ImportId":', () => res.socket?.destroy());
}

function noneInjected(): Record<FaultShare, number> {
  return { drop: 0, throttle: 0, internalError: 0, unavailable: 0 };
}

function pickOutcome(value: number, settings: FaultSettings): FaultShare | undefined {
  let bound = 0;
  for (const name of FAULT_SHARES) {
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
