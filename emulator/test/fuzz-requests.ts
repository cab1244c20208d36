import { intBetween, pick, type Random } from '../random.ts';
import { anyJson, badArn, badId, badToken, memberName, weirdString, type Json, type Known } from './fuzz-values.ts';
import { LONG_TARGET, SHORT_TARGET } from './harness.ts';

export interface FuzzRequest {
  method: string;
  headers: Record<string, string>;
  body: string | Buffer;
  /** The operation named in X-Amz-Target, if it names one. */
  operation?: string;
}

export const OPERATIONS = [
  'ListImports', 'GetImport', 'StartImport', 'StopImport', 'ListImportFailures', 'ListEventDataStores', 'GetEventDataStore',
] as const;
const STATUSES = ['INITIALIZING', 'IN_PROGRESS', 'FAILED', 'STOPPED', 'COMPLETED'];
const MIB = 1024 * 1024;
const S3_SOURCE = {
  S3LocationUri: 's3://bucket-name/AWSLogs/',
  S3BucketRegion: 'us-east-1',
  S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/R',
};

/** A plausible, mostly valid input for the operation, built from real values. */
function template(random: Random, operation: string, known: Known): Record<string, Json> {
  const maybe = <T extends Json>(value: T): T | undefined => (random() < 0.5 ? value : undefined);
  const page = { MaxResults: maybe(intBetween(random, 1, 1000)), NextToken: maybe(badToken(random, known)) };
  switch (operation) {
    case 'ListImports':
      return clean({ ...page, ImportStatus: maybe(pick(random, STATUSES)), Destination: maybe(badArn(random, known)) });
    case 'ListImportFailures':
      return clean({ ...page, ImportId: badId(random, known) });
    case 'ListEventDataStores':
      return clean(page);
    case 'GetEventDataStore':
      return { EventDataStore: badArn(random, known) };
    case 'StartImport':
      if (random() < 0.3) return { ImportId: badId(random, known) };
      return clean({
        Destinations: [badArn(random, known)],
        ImportSource: { S3: S3_SOURCE },
        StartEventTime: maybe(1_700_000_000 + intBetween(random, -1e9, 1e9) / 7),
        EndEventTime: maybe(1_700_000_000 + intBetween(random, -1e9, 1e9) / 7),
      });
    default:
      return { ImportId: badId(random, known) };
  }
}

function clean(object: Record<string, Json | undefined>): Record<string, Json> {
  return Object.fromEntries(Object.entries(object).filter((entry): entry is [string, Json] => entry[1] !== undefined));
}

/** Changes a few members: removed, retyped, replaced by odd values, or new ones added; sometimes deep inside. */
function mutate(random: Random, input: Record<string, Json>): Record<string, Json> {
  const out: Record<string, Json> = { ...input };
  for (let i = intBetween(random, 0, 3); i > 0; i--) {
    const keys = Object.keys(out);
    const key = keys.length > 0 && random() < 0.7 ? pick(random, keys) : memberName(random);
    const current = out[key];
    const roll = random();
    if (roll < 0.2) delete out[key];
    else if (roll < 0.35 && isRecord(current)) out[key] = mutate(random, current);
    else if (roll < 0.45) out[key] = [current ?? null];
    else if (roll < 0.55) out[key] = typeof current === 'number' ? String(current) : weirdString(random);
    else out[key] = anyJson(random);
  }
  return out;
}

function isRecord(value: Json | undefined): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Bodies no client library would send. */
function rawBody(random: Random, valid: string): string | Buffer {
  const depth = intBetween(random, 1_000, 100_000);
  return pick(random, [
    () => valid.slice(0, intBetween(random, 0, valid.length - 1)),
    () => `\ufeff${valid}`,
    () => Buffer.from(Array.from({ length: intBetween(random, 1, 200) }, () => intBetween(random, 0, 255))),
    () => `${'['.repeat(depth)}${']'.repeat(depth)}`,
    () => `{"MaxResults":1,"Deep":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`,
    () => `{"Padding":"${'x'.repeat(MIB - 32 + intBetween(random, 0, 64))}"}`,
    () => JSON.stringify(Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]))),
    () => '{"MaxResults":1,"MaxResults":"one"}',
    () => '{"__proto__":{"MaxResults":0},"constructor":{"prototype":{"x":1}}}',
    () => pick(random, ['', 'null', '0', '"text"', '[]', 'true', '{', '}', '{"a":}', 'NaN', '1e999']),
  ])();
}

// '' leaves the header out
function target(random: Random, operation: string): string {
  return pick(random, [
    `${SHORT_TARGET}.${operation}`, `${SHORT_TARGET}.${operation}`, `${SHORT_TARGET}.${operation}`, `${LONG_TARGET}.${operation}`,
    '', `${SHORT_TARGET}.${operation.toLowerCase()}`, `${SHORT_TARGET}.`, `CloudTrail_20131101.${operation}.${operation}`,
    `DynamoDB_20120810.${operation}`, `${SHORT_TARGET}.DeleteEventDataStore`, `${SHORT_TARGET}.__proto__`,
    `${SHORT_TARGET}.hasOwnProperty`,
    `${SHORT_TARGET}.${weirdString(random).replace(/[^\x21-\x7e]/g, '')}`,
  ]);
}

/** One request: mostly well-routed and mutated, some with the wrong method, target or content type. */
export function fuzzRequest(random: Random, known: Known): FuzzRequest {
  const operation = pick(random, OPERATIONS);
  const valid = template(random, operation, known);
  const input = random() < 0.25 ? valid : mutate(random, valid);
  const body = random() < 0.85 ? JSON.stringify(input) : rawBody(random, JSON.stringify(valid));
  const routed = random() < 0.8;
  const headers: Record<string, string> = {};
  const contentType = routed ? 'application/x-amz-json-1.1' : pick(random, [
    'application/json', 'text/plain', 'application/x-amz-json-1.0', 'APPLICATION/X-AMZ-JSON-1.1; charset=utf-8', '',
    'multipart/form-data; boundary=x',
  ]);
  if (contentType) headers['content-type'] = contentType;
  const named = routed ? `${SHORT_TARGET}.${operation}` : target(random, operation);
  if (named !== '') headers['x-amz-target'] = named;
  const method = routed || random() < 0.6 ? 'POST' : pick(random, ['GET', 'PUT', 'DELETE', 'PATCH']);
  return { method, headers, body: method === 'GET' ? '' : body, operation: routedOperation(method, headers) };
}

const TARGET = /^(?:com\.amazonaws\.cloudtrail\.v20131101\.)?CloudTrail_20131101\.(\w+)$/;

// AWS's rule: POST, the awsJson1_1 media type (any parameters), either target form, a known operation.
function routedOperation(method: string, headers: Record<string, string>): string | undefined {
  const mediaType = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  const name = TARGET.exec(headers['x-amz-target'] ?? '')?.[1];
  const known = OPERATIONS.find((operation) => operation === name);
  return method === 'POST' && mediaType === 'application/x-amz-json-1.1' ? known : undefined;
}

const ACCOUNTS = ['123456789012', '210987654321', '345678901234', '472650918334', '589104736221', '999999999999'];
const REGIONS = ['us-east-1', 'eu-west-1', 'ca-west-1', 'ap-south-1', 'moon-base', 'US-EAST-1'];

/** The request with an Authorization header for some source of the demo organization, or a broken or missing one. */
export function signedForSomeSource(random: Random, request: FuzzRequest): FuzzRequest {
  const account = pick(random, ACCOUNTS);
  const key = pick(random, [account, `AKIA${account}XXXX`, `ASIA${account}ABCD`, 'BROWSER', `${account}0`]);
  const scope = `${key}/20261128/${pick(random, REGIONS)}/cloudtrail/aws4_request`;
  const authorization = pick(random, [
    `AWS4-HMAC-SHA256 Credential=${scope}, SignedHeaders=host;x-amz-date, Signature=00`,
    `AWS4-HMAC-SHA256 Credential=${scope}, SignedHeaders=host;x-amz-date, Signature=00`,
    `AWS4-HMAC-SHA256 Credential=${scope}, SignedHeaders=host;x-amz-date, Signature=00`,
    `AWS4-HMAC-SHA256 Credential=${key}/20261128/cloudtrail/aws4_request, Signature=00`,
    `Basic ${weirdString(random).replace(/[^\x21-\x7e]/g, '')}`,
    '',
  ]);
  return authorization === '' ? request : { ...request, headers: { ...request.headers, authorization } };
}
