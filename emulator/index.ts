import type { IncomingMessage, ServerResponse } from 'node:http';
import { isManualClock, manualClock, realClock, type Clock } from './clock.ts';
import { serveControl, type ResetOptions } from './control.ts';
import { NO_FAULTS, type FaultSettings } from './fault-settings.ts';
import { createFaults, refusingTokens } from './faults.ts';
import { serveAws, type Handler } from './protocol.ts';
import { OPERATIONS } from './registry.ts';
import { seed } from './seed.ts';
import { createTokens } from './tokens.ts';

export { manualClock, realClock } from './clock.ts';
export type { Clock, ManualClock } from './clock.ts';
export type { FaultSettings } from './fault-settings.ts';

export const DEFAULT_SEED = 20131101;
export const DEFAULT_IMPORT_COUNT = 60;

export interface EmulatorOptions {
  seed?: number;
  imports?: number;
  clock?: Clock;
  // errors, latency, dropped connections and refused tokens on the AWS API (README)
  faults?: FaultSettings;
}

export interface Emulator {
  // One AWS JSON 1.1 request; the caller has already routed the path.
  handle(req: IncomingMessage, res: ServerResponse): void;
  // POST /_emulator/reset, /_emulator/advance and /_emulator/faults (README).
  handleControl(req: IncomingMessage, res: ServerResponse): void;
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const defaults = { seed: options.seed ?? DEFAULT_SEED, imports: options.imports ?? DEFAULT_IMPORT_COUNT };
  checkCount(defaults.imports);
  let clock = options.clock ?? realClock();
  let store = seed({ ...defaults, now: clock.now() });
  let tokens = createTokens();
  const faults = createFaults(options.faults);
  const lookup = (name: string): Handler | undefined => {
    const operation = OPERATIONS.get(name);
    const current = faults.settings.invalidateTokens ? refusingTokens(tokens) : tokens;
    return operation && ((body) => operation(body, { store, now: clock.now(), tokens: current }));
  };
  const setFaults = (settings: FaultSettings) => {
    // a new secret: every token issued so far is refused from now on
    if (settings.invalidateTokens) tokens = createTokens();
    faults.set(settings);
  };
  const reset = ({ seed: seedValue, imports, now }: ResetOptions) => {
    if (now !== undefined) clock = manualClock(now);
    store = seed({ seed: seedValue ?? defaults.seed, imports: imports ?? defaults.imports, now: clock.now() });
    faults.set(NO_FAULTS);
  };
  const advance = (ms: number) => {
    if (!isManualClock(clock)) return false;
    clock.advance(ms);
    return true;
  };
  return {
    handle: (req, res) => serveAws(req, res, lookup, faults),
    handleControl: (req, res) =>
      serveControl(req, res, {
        reset,
        advance,
        faults: setFaults,
        faultReport: () => ({ settings: faults.settings, injected: faults.injected }),
      }),
  };
}

function checkCount(imports: number): void {
  if (!Number.isInteger(imports) || imports < 0) throw new RangeError(`imports must be a whole number, got ${imports}`);
}
