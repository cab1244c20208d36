import { describe, expect, it } from 'vitest';
import { checkDestinationArn, hasFilters, matchesFilters, NO_FILTERS, normalizeFilters } from './filters.ts';

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
    expect(normalizeFilters({})).toEqual(NO_FILTERS);
    expect(normalizeFilters({ status: '', destination: '' })).toEqual(NO_FILTERS);
    expect(normalizeFilters({ destination: ` ${ARN} `, status: 'FAILED' })).toEqual({ ...NO_FILTERS, status: 'FAILED', destination: ARN });
  });

  it('drops values CloudTrail would reject', () => {
    expect(normalizeFilters({ status: 'failed', destination: 'not an arn' })).toEqual(NO_FILTERS);
  });

  it('keeps an account and a region only when they are well formed', () => {
    expect(normalizeFilters({ account: '210987654321', region: 'eu-west-1' })).toMatchObject({ account: '210987654321', region: 'eu-west-1' });
    expect(normalizeFilters({ account: '2109876543', region: 'EU-WEST-1' })).toMatchObject({ account: null, region: null });
    expect(normalizeFilters({ region: 'us-gov-west-1' }).region).toBe('us-gov-west-1');
    expect(hasFilters({ ...NO_FILTERS, region: 'eu-west-1' })).toBe(true);
  });

  it('matches rows against status and destination', () => {
    const row = { account: '123456789012', region: 'us-east-1', id: 'a', status: 'FAILED', destinations: [ARN], created: 0, updated: 0 };
    expect(matchesFilters(row, { status: 'FAILED', destination: ARN })).toBe(true);
    expect(matchesFilters(row, { status: 'COMPLETED', destination: null })).toBe(false);
    expect(matchesFilters(row, { status: null, destination: 'arn:other' })).toBe(false);
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, destination: ARN })).toBe(true);
  });
});
