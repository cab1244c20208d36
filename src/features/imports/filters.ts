import { isKnownStatus, type ImportRow, type KnownImportStatus } from './model.ts';

/** What CloudTrail filters on: exactly what goes into ListImports and into its query key. */
export interface ListFilters {
  status: KnownImportStatus | null;
  destination: string | null;
}

/** The list filters plus the sources to show: an account and a region pick which sources are asked at all. */
export interface ImportFilters extends ListFilters {
  account: string | null;
  region: string | null;
}

export const NO_FILTERS: ImportFilters = { status: null, destination: null, account: null, region: null };
export const NO_LIST_FILTERS: ListFilters = { status: null, destination: null };

// An AWS account ID is 12 digits; a region name is lower-case letters, digits and hyphens.
const ACCOUNT_ID = /^\d{12}$/;
const REGION_NAME = /^[a-z]{2}(-[a-z0-9]+){1,3}-\d{1,2}$/;

export function isAccountId(text: string): boolean {
  return ACCOUNT_ID.test(text);
}

export function isRegionName(text: string): boolean {
  return REGION_NAME.test(text);
}

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

interface FilterInput {
  status?: string | null;
  destination?: string | null;
  account?: string | null;
  region?: string | null;
}

/** Same property set every time, empty values dropped, so equal filters make equal query keys. */
export function normalizeFilters(input: FilterInput): ImportFilters {
  const status = input.status && isKnownStatus(input.status) ? input.status : null;
  const arn = input.destination ? checkDestinationArn(input.destination) : null;
  const account = input.account && isAccountId(input.account) ? input.account : null;
  const region = input.region && isRegionName(input.region) ? input.region : null;
  return { status, destination: arn?.ok ? arn.value : null, account, region };
}

/** Just what CloudTrail filters on, so choosing an account or a region never re-lists a source. */
export function listFiltersOf({ status, destination }: ListFilters): ListFilters {
  return { status, destination };
}

export function hasFilters(filters: ImportFilters): boolean {
  return filters.status !== null || filters.destination !== null || filters.account !== null || filters.region !== null;
}

export function matchesFilters(row: ImportRow, filters: ListFilters): boolean {
  if (filters.status !== null && row.status !== filters.status) return false;
  return filters.destination === null || row.destinations.includes(filters.destination);
}
