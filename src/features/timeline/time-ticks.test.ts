import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS } from './timeline-import.ts';
import { timeTicks } from './time-ticks.ts';

const originalZone = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'UTC';
});
afterEach(() => {
  process.env.TZ = originalZone;
});

const NOW = Date.UTC(2026, 10, 28, 12);

describe('time axis ticks', () => {
  it('puts ticks on local midnights for a week, far enough apart to read', () => {
    const ticks = timeTicks({ start: NOW - 7 * DAY_MS, end: NOW }, 1000);
    expect(ticks.length).toBe(7);
    expect(ticks.every((tick) => tick.at % DAY_MS === 0)).toBe(true);
    expect(ticks[0]?.label).toMatch(/Nov 22|22 Nov/);
  });

  it('puts ticks on whole hours for a few hours, naming the day at midnight', () => {
    const ticks = timeTicks({ start: Date.UTC(2026, 10, 27, 22), end: Date.UTC(2026, 10, 28, 4) }, 1000);
    expect(ticks.map((tick) => new Date(tick.at).getUTCHours())).toEqual([22, 23, 0, 1, 2, 3, 4]);
    expect(ticks[2]?.label).toMatch(/Nov 28|28 Nov/);
  });

  it('uses months for half a year', () => {
    const ticks = timeTicks({ start: NOW - 180 * DAY_MS, end: NOW }, 1000);
    expect(ticks.every((tick) => new Date(tick.at).getUTCDate() === 1)).toBe(true);
    expect(ticks.length).toBeGreaterThanOrEqual(5);
  });

  it('follows the local calendar in other time zones', () => {
    process.env.TZ = 'Asia/Kolkata';
    const ticks = timeTicks({ start: NOW - 3 * DAY_MS, end: NOW }, 600);
    const local = ticks.map((tick) => new Date(tick.at));
    expect(local.length).toBeGreaterThan(3);
    expect(local.every((date) => date.getHours() % 12 === 0 && date.getMinutes() === 0)).toBe(true);
  });
});
