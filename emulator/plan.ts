import type { FailureKind, Plan } from './model.ts';
import { intBetween, type Random } from './random.ts';

const MARKERS: readonly (readonly [string, FailureKind])[] = [
  ['fail-access-denied', 'AccessDenied'],
  ['fail-not-gzip', 'NotGzipped'],
  ['fail-invalid-format', 'InvalidFormat'],
  ['fail-no-such-key', 'NoSuchKey'],
];

export interface FailureMarker {
  readonly failure?: FailureKind;
}

// The emulator's own rule (README): an S3LocationUri containing "fail" makes the import fail,
// and a specific marker picks the error type.
export function failureMarker(uri: string): FailureMarker | undefined {
  const lower = uri.toLowerCase();
  if (!lower.includes('fail')) return undefined;
  const match = MARKERS.find(([marker]) => lower.includes(marker));
  return match ? { failure: match[1] } : {};
}

export interface PlanOptions {
  readonly inProgressMs: number;
  // undefined: no file fails
  readonly marker?: FailureMarker;
  readonly retriesFail: boolean;
}

export function makePlan(random: Random, { inProgressMs, marker, retriesFail }: PlanOptions): Plan {
  const prefixes = intBetween(random, 12, 400);
  const files = prefixes * intBetween(random, 20, 240);
  const eventsPerFile = 20 + Math.round(random() * 1400) / 10;
  const failing = marker ? Math.min(files, failureSpread(random)) : 0;
  return { prefixes, files, eventsPerFile, failing, failure: marker?.failure, retriesFail, inProgressMs };
}

function failureSpread(random: Random): number {
  // most failed imports have a handful of failures, a few have hundreds
  return random() < 0.7 ? intBetween(random, 3, 12) : intBetween(random, 13, 300);
}
