import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkFaultSettings, type FaultSettings } from './fault-settings.ts';
import { readBody } from './protocol.ts';
import { isObject } from './shape.ts';

export interface ResetOptions {
  readonly seed?: number;
  readonly imports?: number;
  readonly now?: number;
}

export interface Controls {
  reset(options: ResetOptions): void;
  // false when the clock is not a manual one
  advance(ms: number): boolean;
  // replaces the fault settings; a reset clears them
  faults(settings: FaultSettings): void;
  // the settings, and how many requests met each fault since they were set
  faultReport(): object;
  // replaces the source faults, or throws a RangeError that says what is wrong; a reset restores them
  sourceFaults(faults: unknown): void;
  sourceFaultReport(): object;
  // every source and the truth about it (README)
  sourceReport(): object;
}

const MAX_IMPORTS = 1_000_000;
type Result = { status: number; message?: string };
type Action = (body: Record<string, unknown>, controls: Controls) => Result;

// Test control: POST /_emulator/reset {seed?, imports?, now?}, POST /_emulator/advance {seconds},
// POST /_emulator/faults {throttle?, internalError?, unavailable?, drop?, latencyMs?, invalidateTokens?, seed?}
// and POST /_emulator/source-faults {faults}; GET /_emulator/faults, /_emulator/source-faults and
// /_emulator/sources report.
export function serveControl(req: IncomingMessage, res: ServerResponse, controls: Controls): void {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/\/$/, '');
  const report = req.method === 'GET' ? REPORTS.get(path) : undefined;
  if (report) return sendJson(res, report(controls));
  const action = req.method === 'POST' ? ACTIONS.get(path) : undefined;
  if (!action) {
    req.resume();
    return send(res, { status: 404, message: `No control endpoint ${req.method ?? ''} ${path}.` });
  }
  readBody(req, 64 * 1024, (text) => {
    if (text === undefined) return send(res, { status: 413, message: 'The request body is too large.' });
    let body: unknown;
    try {
      body = text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      return send(res, badRequest('The body is not valid JSON.'));
    }
    send(res, isObject(body) ? action(body, controls) : badRequest('The body must be a JSON object.'));
  });
}

function reset(body: Record<string, unknown>, controls: Controls): Result {
  const { seed, imports, now } = body;
  if (seed !== undefined && !Number.isSafeInteger(seed)) return badRequest('seed must be an integer.');
  if (imports !== undefined && !isCount(imports)) return badRequest(`imports must be an integer from 0 to ${MAX_IMPORTS}.`);
  if (now !== undefined && !(typeof now === 'number' && Number.isFinite(now))) {
    return badRequest('now must be epoch milliseconds.');
  }
  controls.reset({ seed: optionalNumber(seed), imports: optionalNumber(imports), now: optionalNumber(now) });
  return { status: 204 };
}

function advance(body: Record<string, unknown>, controls: Controls): Result {
  const { seconds } = body;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
    return badRequest('seconds must be a number of seconds, 0 or more.');
  }
  if (!controls.advance(seconds * 1000)) {
    return { status: 409, message: 'The clock is real time; reset with {"now": ...} to use a manual clock.' };
  }
  return { status: 204 };
}

function faults(body: Record<string, unknown>, controls: Controls): Result {
  let settings: FaultSettings;
  try {
    settings = checkFaultSettings(body);
  } catch (error) {
    return badRequest(error instanceof Error ? error.message : String(error));
  }
  controls.faults(settings);
  return { status: 204 };
}

function sourceFaults(body: Record<string, unknown>, controls: Controls): Result {
  const extra = Object.keys(body).filter((key) => key !== 'faults');
  if (extra.length > 0) return badRequest(`Unknown member ${extra.join(', ')}; send {"faults": [...]}.`);
  try {
    controls.sourceFaults(body.faults);
  } catch (error) {
    return badRequest(error instanceof Error ? error.message : String(error));
  }
  return { status: 204 };
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_IMPORTS;
}

function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function badRequest(message: string): Result {
  return { status: 400, message };
}

function sendJson(res: ServerResponse, payload: object): void {
  const text = JSON.stringify(payload);
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function send(res: ServerResponse, { status, message }: Result): void {
  if (message === undefined) {
    res.writeHead(status).end();
    return;
  }
  const text = JSON.stringify({ message });
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

const ACTIONS: ReadonlyMap<string, Action> = new Map([
  ['/_emulator/reset', reset],
  ['/_emulator/advance', advance],
  ['/_emulator/faults', faults],
  ['/_emulator/source-faults', sourceFaults],
]);

const REPORTS: ReadonlyMap<string, (controls: Controls) => object> = new Map([
  ['/_emulator/faults', (controls: Controls) => controls.faultReport()],
  ['/_emulator/source-faults', (controls: Controls) => controls.sourceFaultReport()],
  ['/_emulator/sources', (controls: Controls) => controls.sourceReport()],
]);
