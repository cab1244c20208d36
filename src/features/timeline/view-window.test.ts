import { describe, expect, it } from 'vitest';
import { DAY_MS } from './timeline-import.ts';
import { canPan, fitWindow, MIN_SPAN_MS, panWindow, presetOf, presetWindow, windowLimits, zoomWindow } from './view-window.ts';

const NOW = Date.UTC(2026, 10, 28, 12);
const EXTENT = { start: NOW - 180 * DAY_MS, end: NOW };
const LIMITS = windowLimits(EXTENT, NOW);
const span = (w: { start: number; end: number }) => w.end - w.start;

describe('zoom and pan', () => {
  it('shows the last 7, 30 or 90 days up to now, or everything, and knows which preset is shown', () => {
    const week = presetWindow(7, EXTENT, NOW);
    expect(week.start).toBe(NOW - 7 * DAY_MS);
    expect(week.end).toBeGreaterThan(NOW);
    expect(span(presetWindow(90, EXTENT, NOW))).toBeCloseTo(90 * DAY_MS * 1.02);
    const all = presetWindow('all', EXTENT, NOW);
    expect(all.start).toBeLessThan(EXTENT.start);
    expect(all.end).toBeGreaterThan(NOW);
    expect(presetOf(week, EXTENT, NOW)).toBe(7);
    expect(presetOf(all, EXTENT, NOW)).toBe('all');
    expect(presetOf(panWindow(week, -0.25, LIMITS), EXTENT, NOW)).toBeNull();
  });

  it('zooms around the anchor, so the time under the pointer stays under it', () => {
    const week = presetWindow(7, EXTENT, NOW);
    const anchor = week.start + span(week) * 0.25;
    const zoomed = zoomWindow(week, 0.5, anchor, LIMITS);
    expect(span(zoomed)).toBeCloseTo(span(week) / 2);
    expect((anchor - zoomed.start) / span(zoomed)).toBeCloseTo(0.25);
  });

  it('zooms in no further than an hour and out no further than the limits', () => {
    const week = presetWindow(7, EXTENT, NOW);
    expect(span(zoomWindow(week, 1e-6, NOW - DAY_MS, LIMITS))).toBe(MIN_SPAN_MS);
    const out = zoomWindow(week, 1e6, NOW, LIMITS);
    expect(out).toEqual(LIMITS);
  });

  it('pans by part of the window and stops at the limits', () => {
    const week = presetWindow(7, EXTENT, NOW);
    const earlier = panWindow(week, -0.25, LIMITS);
    expect(earlier.start).toBeCloseTo(week.start - span(week) * 0.25);
    expect(span(earlier)).toBeCloseTo(span(week));
    expect(panWindow(week, 10, LIMITS).end).toBe(LIMITS.end);
    const first = panWindow(week, -1000, LIMITS);
    expect(first.start).toBe(LIMITS.start);
    expect(canPan(first, LIMITS)).toEqual({ earlier: false, later: true });
  });

  it('reaches at least 90 days back even when every import is recent', () => {
    const recent = { start: NOW - DAY_MS, end: NOW };
    const limits = windowLimits(recent, NOW);
    expect(limits.start).toBeLessThanOrEqual(NOW - 90 * DAY_MS);
    expect(presetWindow(90, recent, NOW).start).toBeGreaterThanOrEqual(limits.start);
  });
});

describe('fitting a stretch of time', () => {
  it('centres the stretch with room either side, at least an hour wide', () => {
    const fitted = fitWindow(NOW - 3 * DAY_MS, NOW - DAY_MS, LIMITS);
    expect(fitted.start).toBeLessThan(NOW - 3 * DAY_MS);
    expect(fitted.end).toBeGreaterThan(NOW - DAY_MS);
    expect(span(fitWindow(NOW - DAY_MS, NOW - DAY_MS + 1000, LIMITS))).toBeGreaterThanOrEqual(MIN_SPAN_MS);
  });
});
