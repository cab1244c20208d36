import { intBetween, pick, type Random } from '../random.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Real values taken from the emulator before fuzzing, so that mutations start from something valid. */
export interface Known {
  ids: string[];
  arns: string[];
  tokens: string[];
}

const STRINGS = [
  '', ' ', 'null', 'undefined', 'NaN', '0', '-1', 'true', '{}', '[]', '\u0000', '\uffff', '\ud800', '💥🦆',
  '../../etc/passwd', '%00', '<script>alert(1)</script>', "' OR 1=1 --", '__proto__', 'constructor',
  'IN_PROGRESS ', 'in_progress', 'COMPLETED\n', 'arn:aws:cloudtrail', 'arn:aws:s3:::bucket', 's3://', 's3://a',
];
const NUMBERS = [0, -0, -1, 1, 1000, 1001, 0.5, 2 ** 31, 2 ** 53, -(2 ** 53), 1e21, 1e308, -1e308, 5e-324];

/** A JSON value of any type, at most `depth` levels deep. */
export function anyJson(random: Random, depth = 2): Json {
  const kind = intBetween(random, 0, depth > 0 ? 6 : 4);
  if (kind === 0) return null;
  if (kind === 1) return random() < 0.5;
  if (kind === 2) return random() < 0.5 ? pick(random, NUMBERS) : Math.round((random() - 0.5) * 1e6) / 7;
  if (kind === 3) return weirdString(random);
  if (kind === 4) return pick(random, STRINGS);
  if (kind === 5) return Array.from({ length: intBetween(random, 0, 3) }, () => anyJson(random, depth - 1));
  const object: Record<string, Json> = {};
  for (let i = intBetween(random, 0, 3); i > 0; i--) object[memberName(random)] = anyJson(random, depth - 1);
  return object;
}

export function weirdString(random: Random): string {
  const kind = intBetween(random, 0, 5);
  if (kind === 0) return pick(random, STRINGS);
  if (kind === 1) return 'x'.repeat(pick(random, [3, 4, 255, 256, 257, 999, 1000, 1001, 5000]));
  const codes = (length: number, min: number, max: number) => Array.from({ length }, () => intBetween(random, min, max));
  // Lone surrogates cannot be sent as UTF-8; they become '?'.
  if (kind === 2) return String.fromCodePoint(...codes(intBetween(random, 1, 40), 0, 0x10ffff)).replace(/[\ud800-\udfff]/g, '?');
  if (kind === 3) return String.fromCharCode(...codes(intBetween(random, 1, 60), 32, 126));
  if (kind === 4) return `${pick(random, STRINGS)}${pick(random, STRINGS)}`;
  return Array.from({ length: intBetween(random, 1, 50) }, () => pick(random, [...'abcdef0123456789-'])).join('');
}

export function memberName(random: Random): string {
  return pick(random, [
    'MaxResults', 'NextToken', 'ImportStatus', 'Destination', 'ImportId', 'Destinations', 'ImportSource',
    'StartEventTime', 'EndEventTime', 'EventDataStore', 'S3', '__proto__', 'constructor', 'maxResults', 'Unknown',
    weirdString(random),
  ]);
}

export function badToken(random: Random, known: Known): string {
  const real = known.tokens.length > 0 ? pick(random, known.tokens) : 'abcd.efgh';
  const at = intBetween(random, 0, Math.max(0, real.length - 1));
  return pick(random, [
    real,
    `${real.slice(0, at)}${real[at] === 'A' ? 'B' : 'A'}${real.slice(at + 1)}`,
    real.slice(0, at),
    `${real}x`,
    real.split('.').reverse().join('.'),
    `${real}.${real}`,
    `${Buffer.from('[1e999,"x"]').toString('base64url')}.${real.split('.')[1] ?? ''}`,
    '....',
    'x'.repeat(intBetween(random, 1, 1200)),
    weirdString(random),
  ]);
}

export function badArn(random: Random, known: Known): string {
  const real = known.arns.length > 0 ? pick(random, known.arns) : 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/x';
  return pick(random, [
    real,
    real.toUpperCase(),
    real.replace('eventdatastore', 'trail'),
    real.slice(0, intBetween(random, 0, real.length)),
    `${real}/extra`,
    `${real} `,
    real.split('/').pop() ?? real,
    'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/00000000-0000-4000-8000-000000000000',
    'arn:aws:s3:::my-bucket',
    `arn:${'x'.repeat(300)}`,
    weirdString(random),
  ]);
}

export function badId(random: Random, known: Known): string {
  const real = known.ids.length > 0 ? pick(random, known.ids) : '00000000-0000-4000-8000-000000000000';
  return pick(random, [
    real,
    real.toUpperCase(),
    real.slice(1),
    `${real}0`,
    real.replace(/-/g, ''),
    '00000000-0000-4000-8000-000000000000',
    'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
    weirdString(random),
  ]);
}
