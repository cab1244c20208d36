import { intBetween, mulberry32, pick, type Random } from '../../emulator/random.ts';
import type { CloudTrailCall } from './cloudtrail-calls.ts';

const STATUSES = ['INITIALIZING', 'IN_PROGRESS', 'FAILED', 'STOPPED', 'COMPLETED'];
const SORTS = ['id', 'status', 'destinations', 'created', 'updated', 'duration'];
const NAMES = ['status', 'destination', 'q', 'sort'];
const ODD = [
  '', ' ', '%', '%%', '%2', '%E0%A4%A', '%00', '%FF%FE', '+', '&', '=', '==', '#', '?', '/', '\\', '..%2F..%2F',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '%22%3E%3Cimg%20src%3Dx%3E', 'null', 'undefined', '__proto__', 'constructor',
  '%F0%9F%92%A5', '%E2%80%AE', '%C0%AE', 'A'.repeat(300), 'x'.repeat(5000), '%20'.repeat(50), '-', '.', 'ÿ',
];

/** Query strings for the dashboard, from a seed: real values, near misses, junk, repeats and odd encodings. */
export function urlQueries(seed: number, count: number, arns: readonly string[]): string[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => query(random, arns));
}

function query(random: Random, arns: readonly string[]): string {
  const parts: string[] = [];
  for (let i = intBetween(random, 0, 5); i > 0; i--) {
    const name = pick(random, [...NAMES, ...NAMES, 'page', 'Status', 'q[]', '__proto__', '']);
    parts.push(`${pick(random, [name, encodeURIComponent(name)])}=${value(random, name, arns)}`);
  }
  if (random() < 0.1) parts.push(pick(random, ODD));
  return parts.length > 0 ? `?${parts.join(pick(random, ['&', '&', '&', '&&', ';']))}` : pick(random, ['', '?', '?&']);
}

function value(random: Random, name: string, arns: readonly string[]): string {
  const roll = random();
  if (roll < 0.3) return pick(random, ODD);
  if (roll < 0.4) return encodeURIComponent(pick(random, ODD));
  const arn = pick(random, arns);
  const typical: Record<string, () => string> = {
    status: () => pick(random, [...STATUSES, ...STATUSES.map((s) => s.toLowerCase()), 'RUNNING', 'FAILED,COMPLETED', ' FAILED']),
    destination: () =>
      pick(random, [
        arn,
        arn.toUpperCase(),
        `${arn}%20`,
        arn.slice(0, intBetween(random, 0, arn.length)),
        `${arn}/x`,
        arn.split('/').pop() ?? arn,
        `arn%3Aaws%3Acloudtrail%3Aus-east-1%3A123456789012%3Aeventdatastore%2F${arn.split('/').pop() ?? ''}`,
        'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/00000000-0000-4000-8000-000000000000',
      ]),
    q: () => pick(random, ['-4', 'a', 'IN_PROGRESS', 'Failed', '%', '.*', '(', '[', '\\', '^$', 'x'.repeat(250)]),
    sort: () => `${pick(random, [...SORTS, 'size', ''])}${pick(random, ['.asc', '.desc', '', '.up', '.asc.desc', '.DESC'])}`,
  };
  const make = Object.hasOwn(typical, name) ? typical[name] : undefined;
  return encodeURIComponent(make ? make() : pick(random, ODD));
}

// Input constraints of the CloudTrail model (reference §2); AWS rejects a request that breaks one.
const ARN = { min: 3, max: 256, pattern: /^[a-zA-Z0-9._/\-:]+$/ };
const UUID = /^[a-f0-9-]{36}$/;

/** Why AWS would reject this request's input, or nothing; only the read operations the page may send. */
export function modelProblems({ operation, input }: CloudTrailCall): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${operation} ${what}: ${JSON.stringify(input).slice(0, 200)}`);
  };
  const known: Record<string, string[]> = {
    ListImports: ['MaxResults', 'ImportStatus', 'Destination', 'NextToken'],
    GetImport: ['ImportId'],
    ListImportFailures: ['ImportId', 'MaxResults', 'NextToken'],
    ListEventDataStores: ['MaxResults', 'NextToken'],
    GetEventDataStore: ['EventDataStore'],
  };
  const members = known[operation];
  if (!members) return [`the page sent ${operation}`];
  for (const key of Object.keys(input)) check(members.includes(key), `has an unknown member ${key}`);
  const { MaxResults, ImportStatus, Destination, NextToken, ImportId, EventDataStore } = input;
  const between = (value: number, min: number, max: number) => value >= min && value <= max;
  if (MaxResults !== undefined) check(Number.isInteger(MaxResults) && between(Number(MaxResults), 1, 1000), 'MaxResults');
  if (ImportStatus !== undefined) check(typeof ImportStatus === 'string' && STATUSES.includes(ImportStatus), 'ImportStatus');
  for (const arn of [Destination, EventDataStore]) {
    const ok = typeof arn === 'string' && between(arn.length, ARN.min, ARN.max) && ARN.pattern.test(arn);
    if (arn !== undefined) check(ok, 'ARN');
  }
  if (NextToken !== undefined) check(typeof NextToken === 'string' && between(NextToken.length, 4, 1000), 'NextToken');
  if (members.includes('ImportId')) check(typeof ImportId === 'string' && UUID.test(ImportId), 'ImportId');
  return problems;
}
