import type { TimeWindow } from './chunks.ts';
import { DAY_MS } from './timeline-import.ts';

export type Preset = 7 | 30 | 90 | 'all';
export const PRESETS: readonly Preset[] = [7, 30, 90, 'all'];

export const MIN_SPAN_MS = 3_600_000;
export const ZOOM_STEP = 2;
export const PAN_STEP = 0.25;
// A little room after now, so a running import's end is not hidden by the edge.
const EDGE_ROOM = 0.02;

/** How far the window may go: the imports' extent, at least the last 90 days, and a little after now. */
export function windowLimits(extent: TimeWindow, now: number): TimeWindow {
  const end = Math.max(extent.end, now);
  const start = Math.min(extent.start, now - 90 * DAY_MS);
  const room = (end - start) * EDGE_ROOM;
  return { start: start - room, end: end + room };
}

export function presetWindow(preset: Preset, extent: TimeWindow, now: number): TimeWindow {
  if (preset === 'all') {
    const end = Math.max(extent.end, now);
    const start = Math.min(extent.start, end - MIN_SPAN_MS);
    const room = (end - start) * EDGE_ROOM;
    return { start: start - room, end: end + room };
  }
  const span = preset * DAY_MS;
  return { start: now - span, end: now + span * EDGE_ROOM };
}

/** The preset the window shows, if it is one. */
export function presetOf(window: TimeWindow, extent: TimeWindow, now: number): Preset | null {
  return PRESETS.find((preset) => sameWindow(window, presetWindow(preset, extent, now))) ?? null;
}

function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  return Math.abs(a.start - b.start) < 1000 && Math.abs(a.end - b.end) < 1000;
}

/**
 * Zooms by `factor` (above 1 zooms out) keeping `anchor` where it is on screen, between one hour and
 * the limits' span, then keeps the window inside the limits.
 */
export function zoomWindow(window: TimeWindow, factor: number, anchor: number, limits: TimeWindow): TimeWindow {
  const span = window.end - window.start;
  const next = Math.min(Math.max(span * factor, MIN_SPAN_MS), limits.end - limits.start);
  const ratio = span > 0 ? (anchor - window.start) / span : 0.5;
  const start = anchor - next * ratio;
  return clampWindow({ start, end: start + next }, limits);
}

/** Moves the window by `fraction` of its width (negative is earlier), inside the limits. */
export function panWindow(window: TimeWindow, fraction: number, limits: TimeWindow): TimeWindow {
  const shift = (window.end - window.start) * fraction;
  return clampWindow({ start: window.start + shift, end: window.end + shift }, limits);
}

export function clampWindow(window: TimeWindow, limits: TimeWindow): TimeWindow {
  const span = Math.min(window.end - window.start, limits.end - limits.start);
  const start = Math.min(Math.max(window.start, limits.start), limits.end - span);
  return { start, end: start + span };
}

export function canPan(window: TimeWindow, limits: TimeWindow): { earlier: boolean; later: boolean } {
  return { earlier: window.start > limits.start + 1, later: window.end < limits.end - 1 };
}

/** A window around a stretch of time with some room either side, e.g. to zoom into a chunk. */
export function fitWindow(start: number, end: number, limits: TimeWindow): TimeWindow {
  const span = Math.max(end - start, MIN_SPAN_MS) * 1.25;
  const center = (start + end) / 2;
  return clampWindow({ start: center - span / 2, end: center + span / 2 }, limits);
}
