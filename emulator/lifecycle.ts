import type { ImportRecord, ImportStatus, Plan, Run } from './model.ts';
import { isActive } from './model.ts';

export const INITIALIZING_MS = 5_000;
export const IMPORT_MS = 5 * 60_000;
// the service updates ImportStatistics lazily, so counters move in steps
const STATS_STEP_MS = 20_000;
const RETRY_MIN_MS = 30_000;

export interface Progress {
  readonly status: ImportStatus;
  // files (main pass) or failed entries (retry pass) processed so far
  readonly position: number;
  readonly updatedMs: number;
  readonly found: boolean;
  readonly initEndMs: number;
  // files per millisecond
  readonly rate: number;
}

export interface Statistics {
  PrefixesFound: number;
  PrefixesCompleted: number;
  FilesCompleted: number;
  EventsCompleted: number;
  FailedEntries: number;
}

function passTotal(plan: Plan, pass: Run['pass']): number {
  return pass === 'main' ? plan.files : plan.failing;
}

function passRate(plan: Plan, pass: Run['pass']): number {
  if (pass === 'main') return plan.files / plan.inProgressMs;
  return plan.failing / Math.max(RETRY_MIN_MS, (plan.inProgressMs * plan.failing) / plan.files);
}

function endStatus({ plan, run }: ImportRecord): ImportStatus {
  const failed = run.pass === 'main' ? plan.failing > 0 : plan.retriesFail;
  return failed ? 'FAILED' : 'COMPLETED';
}

function endMsOf({ plan, run }: ImportRecord): number {
  return run.startMs + INITIALIZING_MS + (passTotal(plan, run.pass) - run.from) / passRate(plan, run.pass);
}

// The status alone, allocation-free: ListImports filters 100,000 imports with it.
export function statusAt(record: ImportRecord, now: number): ImportStatus {
  const { run } = record;
  if (run.stoppedMs !== undefined) return 'STOPPED';
  if (now < run.startMs + INITIALIZING_MS) return 'INITIALIZING';
  return now < endMsOf(record) ? 'IN_PROGRESS' : endStatus(record);
}

export function progress(record: ImportRecord, now: number): Progress {
  const { run, plan } = record;
  const stopped = run.stoppedMs !== undefined;
  const t = Math.min(now, run.stoppedMs ?? now);
  const initEndMs = run.startMs + INITIALIZING_MS;
  const total = passTotal(plan, run.pass);
  const rate = passRate(plan, run.pass);
  const endMs = endMsOf(record);
  if (t < initEndMs) {
    const status = stopped ? 'STOPPED' : 'INITIALIZING';
    return { status, position: run.from, updatedMs: stopped ? t : run.startMs, found: run.found, initEndMs, rate };
  }
  if (t >= endMs) return { status: endStatus(record), position: total, updatedMs: endMs, found: true, initEndMs, rate };
  // a stop publishes the counters at once; otherwise they lag to the last step
  const seenMs = stopped ? t : initEndMs + Math.floor((t - initEndMs) / STATS_STEP_MS) * STATS_STEP_MS;
  const position = Math.min(total, run.from + Math.floor((seenMs - initEndMs) * rate));
  const status = stopped ? 'STOPPED' : 'IN_PROGRESS';
  return { status, position, updatedMs: seenMs, found: true, initEndMs, rate };
}

export function statistics({ plan, run }: ImportRecord, { position, found }: Progress): Statistics {
  const main = run.pass === 'main';
  const retried = plan.retriesFail ? 0 : position;
  const failed = main ? Math.floor((position * plan.failing) / plan.files) : plan.failing - retried;
  const filesCompleted = (main ? position : plan.files) - failed;
  return {
    PrefixesFound: found ? plan.prefixes : 0,
    PrefixesCompleted: main ? Math.floor((position * plan.prefixes) / plan.files) : plan.prefixes,
    FilesCompleted: filesCompleted,
    EventsCompleted: Math.floor(filesCompleted * plan.eventsPerFile),
    FailedEntries: failed,
  };
}

export function stopRun(record: ImportRecord, now: number): void {
  if (isActive(statusAt(record, now))) record.run = { ...record.run, stoppedMs: now };
}

// A retry resumes where the import left off (CloudTrail user guide): a stopped pass continues,
// and a failed import re-reads only its failed files.
export function retryRun(record: ImportRecord, now: number): void {
  const { status, position, found, updatedMs } = progress(record, now);
  if (status === 'STOPPED') record.run = makeRun(record.run.pass, now, position, found, updatedMs);
  else if (status === 'FAILED') record.run = makeRun('retry', now, 0, true, updatedMs);
}

export function firstRun(startMs: number): Run {
  return makeRun('main', startMs, 0, false, startMs);
}

export function makeRun(pass: Run['pass'], startMs: number, from: number, found: boolean, previousMs: number): Run {
  return { pass, startMs, from, found, previousMs, stoppedMs: undefined };
}
