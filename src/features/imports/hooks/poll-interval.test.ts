import { describe, expect, it } from 'vitest';
import { pollInterval } from './use-imports.ts';

const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });

describe('poll interval', () => {
  it('polls at the chosen interval, and not at all when auto-refresh is off', () => {
    expect(pollInterval(10_000, null)).toBe(10_000);
    expect(pollInterval(0, null)).toBe(false);
    expect(pollInterval(0, throttled)).toBe(false);
  });

  it('waits twice as long after CloudTrail throttled the last refresh', () => {
    expect(pollInterval(10_000, throttled)).toBe(20_000);
    expect(pollInterval(10_000, new TypeError('Failed to fetch'))).toBe(10_000);
  });
});
