import { describe, expect, it } from 'vitest';
import { buildTimeline } from './lanes.ts';
import { anImport, STORE_A, STORE_B } from './test-imports.ts';
import { AXIS_HEIGHT, countInWindow, geometryOf, LANE_PADDING, ROW_HEIGHT, rowAt } from './timeline-geometry.ts';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 28, 12);

describe('timeline geometry and window counts', () => {
  const imports = [
    anImport({ created: NOW - 10 * HOUR, updated: NOW - 6 * HOUR, destinations: [STORE_A], status: 'FAILED' }),
    anImport({ created: NOW - 8 * HOUR, updated: NOW - 7 * HOUR, destinations: [STORE_A] }),
    anImport({ created: NOW - 3 * HOUR, updated: NOW - 2 * HOUR, destinations: [STORE_A, STORE_B] }),
  ];
  const model = buildTimeline(imports, new Map(), NOW);

  it('stacks lanes below the axis, each as tall as its rows', () => {
    const geometry = geometryOf(model);
    expect(model.lanes.map((lane) => lane.rowCount)).toEqual([2, 1]);
    expect(geometry.laneTop).toEqual([AXIS_HEIGHT, AXIS_HEIGHT + 2 * ROW_HEIGHT + 2 * LANE_PADDING]);
    expect(rowAt(geometry, AXIS_HEIGHT + LANE_PADDING + ROW_HEIGHT + 1)).toBe(1);
    expect(rowAt(geometry, 2)).toBe(-1);
  });

  it('counts each import in the window once, and its bars in every lane', () => {
    const all = countInWindow(model, { start: NOW - 12 * HOUR, end: NOW });
    expect(all.total).toBe(3);
    expect(all.byStatus[model.statuses.indexOf('COMPLETED')]).toBe(2);
    expect(all.lanes.map((lane) => lane.total)).toEqual([3, 1]);
    const recent = countInWindow(model, { start: NOW - 4 * HOUR, end: NOW });
    expect(recent.total).toBe(1);
    expect(recent.lanes.map((lane) => lane.total)).toEqual([1, 1]);
  });
});
