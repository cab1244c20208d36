import { afterEach, describe, expect, it } from 'vitest';
import { countPerDay, dayBoundaries, dayIndex, startOfDay } from './day-buckets.ts';

const HOUR = 3_600_000;
const originalZone = process.env.TZ;

afterEach(() => {
  process.env.TZ = originalZone;
});

describe('days in the browser time zone', () => {
  it('starts a day at local midnight, not at midnight UTC', () => {
    process.env.TZ = 'Asia/Tokyo';
    // 2026-11-27 20:00 UTC is already 05:00 on the 28th in Tokyo.
    expect(startOfDay(Date.UTC(2026, 10, 27, 20))).toBe(Date.UTC(2026, 10, 27, 15));
    process.env.TZ = 'America/Los_Angeles';
    expect(startOfDay(Date.UTC(2026, 10, 27, 20))).toBe(Date.UTC(2026, 10, 27, 8));
  });

  it('gives one bucket per calendar day, the day of a clock change 23 or 25 hours long', () => {
    process.env.TZ = 'Europe/Berlin';
    // Clocks went back on 2026-10-25 in Berlin.
    const boundaries = dayBoundaries(Date.UTC(2026, 9, 24, 12), Date.UTC(2026, 9, 26, 12));
    expect(boundaries).toHaveLength(4);
    expect(boundaries[0]).toBe(Date.UTC(2026, 9, 23, 22));
    expect((boundaries[2] ?? 0) - (boundaries[1] ?? 0)).toBe(25 * HOUR);
    expect((boundaries[3] ?? 0) - (boundaries[2] ?? 0)).toBe(24 * HOUR);
    const spring = dayBoundaries(Date.UTC(2026, 2, 29, 12), Date.UTC(2026, 2, 29, 12));
    expect((spring[1] ?? 0) - (spring[0] ?? 0)).toBe(23 * HOUR);
  });

  it('buckets each time on the day it falls on, and nothing outside the range', () => {
    process.env.TZ = 'UTC';
    const from = Date.UTC(2026, 10, 1, 9);
    const boundaries = dayBoundaries(from, Date.UTC(2026, 10, 3, 23));
    expect(boundaries).toHaveLength(4);
    expect(dayIndex(boundaries, Date.UTC(2026, 10, 1))).toBe(0);
    expect(dayIndex(boundaries, Date.UTC(2026, 10, 2) - 1)).toBe(0);
    expect(dayIndex(boundaries, Date.UTC(2026, 10, 2))).toBe(1);
    expect(dayIndex(boundaries, Date.UTC(2026, 10, 4))).toBe(-1);
    expect(dayIndex(boundaries, Date.UTC(2026, 9, 31))).toBe(-1);
    const times = [Date.UTC(2026, 10, 1, 0), Date.UTC(2026, 10, 1, 23), Date.UTC(2026, 10, 3, 5), Date.UTC(2026, 11, 1)];
    expect(countPerDay(boundaries, times)).toEqual([2, 0, 1]);
  });
});
