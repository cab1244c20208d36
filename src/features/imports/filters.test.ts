import { describe, expect, it } from 'vitest';
import { checkDestinationArn, hasFilters, matchesFilters, normalizeFilters } from './filters.ts';

const ARN = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f1c3e-1111-4111-8111-abcdefabcdef';

describe('destination ARN check', () => {
  it('accepts an event data store ARN, trimming pasted whitespace', () => {
    expect(checkDestinationArn(`  ${ARN}\n`)).toEqual({ ok: true, value: ARN });
  });

  it('refuses what CloudTrail would reject, saying why', () => {
    expect(checkDestinationArn('ab')).toEqual({ ok: false, reason: expect.stringContaining('at least 3') });
    expect(checkDestinationArn(`arn:${'a'.repeat(253)}`)).toEqual({
      ok: false,
      reason: 'An event data store ARN has at most 256 characters; this has 257.',
    });
    const spaced = checkDestinationArn('arn:aws:cloudtrail:eventdatastore/has space*');
    expect(spaced).toEqual({ ok: false, reason: expect.stringContaining('found a space, "*"') });
  });

  it('allows exactly 256 characters', () => {
    expect(checkDestinationArn('a'.repeat(256)).ok).toBe(true);
  });
});

describe('filter normalisation', () => {
  it('gives equal filters the same shape, so they make the same query key', () => {
    expect(normalizeFilters({})).toEqual({ status: null, destination: null });
    expect(normalizeFilters({ status: '', destination: '' })).toEqual({ status: null, destination: null });
    expect(normalizeFilters({ destination: ` ${ARN} `, status: 'FAILED' })).toEqual({ status: 'FAILED', destination: ARN });
  });

  it('drops values CloudTrail would reject', () => {
    expect(normalizeFilters({ status: 'failed', destination: 'not an arn' })).toEqual({ status: null, destination: null });
  });

  it('matches rows against status and destination', () => {
    const row = { id: 'a', status: 'FAILED', destinations: [ARN], created: 0, updated: 0 };
    expect(matchesFilters(row, { status: 'FAILED', destination: ARN })).toBe(true);
    expect(matchesFilters(row, { status: 'COMPLETED', destination: null })).toBe(false);
    expect(matchesFilters(row, { status: null, destination: 'arn:other' })).toBe(false);
    expect(hasFilters({ status: null, destination: null })).toBe(false);
    expect(hasFilters({ status: null, destination: ARN })).toBe(true);
  });
});
