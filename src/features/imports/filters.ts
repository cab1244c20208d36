import { isKnownStatus, type ImportRow, type KnownImportStatus } from './model.ts';

/** Server-side filters: exactly what goes into ListImports and into the query key. */
export interface ImportFilters {
  status: KnownImportStatus | null;
  destination: string | null;
}

export const NO_FILTERS: ImportFilters = { status: null, destination: null };

// EventDataStoreArn in the CloudTrail model: length 3-256, pattern ^[a-zA-Z0-9._/\-:]+$
const ARN_MIN = 3;
const ARN_MAX = 256;
const ARN_PATTERN = /^[a-zA-Z0-9._/\-:]+$/;

export type ArnCheck = { ok: true; value: string } | { ok: false; reason: string };

export function checkDestinationArn(input: string): ArnCheck {
  const value = input.trim();
  if (value.length < ARN_MIN) {
    return { ok: false, reason: `An event data store ARN has at least ${ARN_MIN} characters.` };
  }
  if (value.length > ARN_MAX) {
    return { ok: false, reason: `An event data store ARN has at most ${ARN_MAX} characters; this has ${value.length}.` };
  }
  if (!ARN_PATTERN.test(value)) {
    const bad = [...new Set(value.replace(/[a-zA-Z0-9._/\-:]/g, ''))].map(describeChar).join(', ');
    return { ok: false, reason: `An event data store ARN may contain only letters, digits and . _ / - : (found ${bad}).` };
  }
  return { ok: true, value };
}

function describeChar(char: string): string {
  return /\s/.test(char) ? 'a space' : `"${char}"`;
}

/** Same property set every time, empty values dropped, so equal filters make equal query keys. */
export function normalizeFilters(input: { status?: string | null; destination?: string | null }): ImportFilters {
  const status = input.status && isKnownStatus(input.status) ? input.status : null;
  const arn = input.destination ? checkDestinationArn(input.destination) : null;
  return { status, destination: arn?.ok ? arn.value : null };
}

export function hasFilters(filters: ImportFilters): boolean {
  return filters.status !== null || filters.destination !== null;
}

export function matchesFilters(row: ImportRow, filters: ImportFilters): boolean {
  if (filters.status !== null && row.status !== filters.status) return false;
  return filters.destination === null || row.destinations.includes(filters.destination);
}
