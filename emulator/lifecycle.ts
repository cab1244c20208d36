import type { ImportRecord, ImportStatus, Plan, Run } from './model.ts';
import { isActive } from './model.ts';

export const INITIALIZING_MS = 5_000;
export const IMPORT_MS = 5 * 60_000;
// the service updates ImportStatistics lazily, so counters move in steps
export const STATS_STEP_MS = 20_000;
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

export function passTotal(plan: Plan, pass: Run['pass']): number {
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

export function progress(record: ImportRecord, now: number): Progress {
  const { run, plan } = record;
  const stopped = run.stoppedMs !== undefined;
  const t = Math.min(now, run.stoppedMs ?? now);
  const initEndMs = run.startMs + INITIALIZING_MS;
  const total = passTotal(plan, run.pass);
  const rate = passRate(plan, run.pass);
  const endMs = initEndMs + (total - run.from) / rate;
  const base = { initEndMs, rate };
  if (t < initEndMs) {
    const status = stopped ? 'STOPPED' : 'INITIALIZING';
    return { ...base, status, position: run.from, updatedMs: stopped ? t : run.startMs, found: run.found };
  }
  if (t >= endMs) return { ...base, status: endStatus(record), position: total, updatedMs: endMs, found: true };
  // a stop publishes the counters at once; otherwise they lag to the last step
  const seenMs = stopped ? t : initEndMs + Math.floor((t - initEndMs) / STATS_STEP_MS) * STATS_STEP_MS;
  const position = Math.min(total, run.from + Math.floor((seenMs - initEndMs) * rate));
  return { ...base, status: stopped ? 'STOPPED' : 'IN_PROGRESS', position, updatedMs: seenMs, found: true };
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
  if (isActive(progress(record, now).status)) record.run = { ...record.run, stoppedMs: now };
}

// A retry resumes where the import left off (CloudTrail user guide): a stopped pass continues,
// and a failed import re-reads only its failed files.
export function retryRun(record: ImportRecord, now: number): void {
  const { status, position, found, updatedMs } = progress(record, now);
  if (status === 'STOPPED') {
    record.run = { pass: record.run.pass, startMs: now, from: position, found, previousMs: updatedMs };
  } else if (status === 'FAILED') {
    record.run = { pass: 'retry', startMs: now, from: 0, found: true, previousMs: updatedMs };
  }
}

export function firstRun(startMs: number): Run {
  return { pass: 'main', startMs, from: 0, found: false, previousMs: startMs };
}
