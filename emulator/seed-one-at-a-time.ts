import { INITIALIZING_MS, progress } from './lifecycle.ts';
import type { ImportRecord, Run } from './model.ts';

// CloudTrail runs one import at a time per account: StartImport answers
// AccountHasOngoingImportException while another is in progress. So a seeded import has ended before
// the next one is created. In a dense history (10,000 imports in six months) imports run shorter,
// and one left almost no room moves earlier.
const SHORTEST_MS = INITIALIZING_MS + 60_000;
const GAP_MS = 1_000;

/** When the import last changed: its end, its stop, or its retry's end. */
export function lastChangeMs(record: ImportRecord): number {
  return progress(record, Number.POSITIVE_INFINITY).updatedMs;
}

/** The record, or a shorter (and if need be earlier) copy of it, that ends before `nextCreatedMs`. */
export function endingBefore(record: ImportRecord, nextCreatedMs: number): ImportRecord {
  const deadline = nextCreatedMs - GAP_MS;
  if (lastChangeMs(record) <= deadline) return record;
  const roomy = deadline - record.createdMs >= SHORTEST_MS ? record : shifted(record, deadline - SHORTEST_MS - record.createdMs);
  // A retry runs at least 30 s whatever its length, so the first try may still end a little late.
  let target = deadline;
  let shorter = compressed(roomy, target);
  for (let tries = 0; tries < 3 && lastChangeMs(shorter) > deadline; tries++) {
    target -= lastChangeMs(shorter) - deadline;
    shorter = compressed(roomy, target);
  }
  const overrun = Math.ceil(lastChangeMs(shorter) - deadline);
  return overrun > 0 ? shifted(shorter, -overrun) : shorter;
}

// Everything after the first run's initialization runs `factor` times as long.
function compressed(record: ImportRecord, deadline: number): ImportRecord {
  const { createdMs, plan, run } = record;
  const started = createdMs + INITIALIZING_MS;
  const factor = Math.max(0, deadline - started) / Math.max(1, lastChangeMs(record) - started);
  const inProgressMs = Math.max(1, Math.round(plan.inProgressMs * factor));
  const scale = (ms: number) => Math.round(started + (ms - started) * factor);
  return { ...record, plan: { ...plan, inProgressMs }, run: compressedRun(run, scale, started + inProgressMs) };
}

function compressedRun(run: Run, scale: (ms: number) => number, firstEndMs: number): Run {
  if (run.pass === 'retry') return { ...run, startMs: scale(run.startMs), previousMs: firstEndMs };
  return run.stoppedMs === undefined ? run : { ...run, stoppedMs: scale(run.stoppedMs) };
}

function shifted(record: ImportRecord, deltaMs: number): ImportRecord {
  const { run } = record;
  const move = (ms: number) => ms + deltaMs;
  return {
    ...record,
    createdMs: move(record.createdMs),
    run: {
      ...run,
      startMs: move(run.startMs),
      previousMs: move(run.previousMs),
      stoppedMs: run.stoppedMs === undefined ? undefined : move(run.stoppedMs),
    },
  };
}
