import { describe, expect, it } from 'vitest';
import { formatDuration, formatRelative } from './format-time.ts';

const NOW = Date.UTC(2026, 10, 28, 12);

describe('time formatting', () => {
  it('says how long ago, roughly', () => {
    expect(formatRelative(NOW - 10_000, NOW)).toBe('just now');
    expect(formatRelative(NOW - 3 * 60_000, NOW)).toBe('3 min ago');
    expect(formatRelative(NOW - 2 * 3_600_000, NOW)).toBe('2 h ago');
    expect(formatRelative(NOW - 86_400_000, NOW)).toBe('1 day ago');
    expect(formatRelative(NOW - 5 * 86_400_000, NOW)).toBe('5 days ago');
    expect(formatRelative(NOW + 2 * 60_000, NOW)).toBe('in 2 min');
  });

  it('gives durations in the two largest units', () => {
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(4 * 60_000 + 12_000)).toBe('4 min 12 s');
    expect(formatDuration(5 * 60_000)).toBe('5 min');
    expect(formatDuration(3 * 3_600_000 + 5 * 60_000 + 9_000)).toBe('3 h 5 min');
    expect(formatDuration(2 * 86_400_000 + 4 * 3_600_000)).toBe('2 days 4 h');
    expect(formatDuration(-5)).toBe('0 s');
  });
});
