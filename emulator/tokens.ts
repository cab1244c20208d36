import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AwsError } from './errors.ts';

export type TokenKey = readonly (string | number)[];

export interface Tokens {
  // `scope` is the operation and every parameter except the page size
  issue(scope: readonly unknown[], key: TokenKey): string;
  read(scope: readonly unknown[], token: string): TokenKey;
}

// Tokens carry the last item's sort key, not an offset, so items added while paging are never
// returned twice; the signature ties them to the parameters they were issued with
// (InvalidNextTokenException: "a token that was previously used in a request with different parameters").
export function createTokens(secret: Buffer = randomBytes(32)): Tokens {
  const sign = (scope: readonly unknown[], payload: string) =>
    createHmac('sha256', secret).update(JSON.stringify(scope)).update('\n').update(payload).digest().subarray(0, 18);
  return {
    issue(scope, key) {
      const payload = Buffer.from(JSON.stringify(key)).toString('base64url');
      return `${payload}.${sign(scope, payload).toString('base64url')}`;
    },
    read(scope, token) {
      const [payload = '', signature = '', ...rest] = token.split('.');
      const given = Buffer.from(signature, 'base64url');
      const expected = sign(scope, payload);
      if (rest.length > 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
      return decode(payload);
    },
  };
}

function decode(payload: string): TokenKey {
  const key: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  if (!Array.isArray(key) || !key.every((part) => typeof part === 'string' || typeof part === 'number')) {
    throw invalid();
  }
  return key;
}

export function invalid(): AwsError {
  return new AwsError('InvalidNextTokenException', 'The provided token is not valid.');
}

// The same tokens under a prefix: a token issued under one prefix is refused under any other.
export function scopedTokens(tokens: Tokens, prefix: string): Tokens {
  return {
    issue: (scope, key) => tokens.issue([prefix, ...scope], key),
    read: (scope, token) => tokens.read([prefix, ...scope], token),
  };
}
