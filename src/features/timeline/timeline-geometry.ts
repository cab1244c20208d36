import type { TimeWindow } from './chunks.ts';
import type { TimelineModel } from './lanes.ts';

export const AXIS_HEIGHT = 28;
export const ROW_HEIGHT = 24;
export const BAR_HEIGHT = 18;
export const LANE_PADDING = 6;

export interface Geometry {
  rowTop: number[];
  laneTop: number[];
  laneHeight: number[];
  height: number;
}

/** Where each lane and row sits, in CSS pixels from the top of the plot (the axis comes first). */
export function geometryOf(model: TimelineModel): Geometry {
  const rowTop: number[] = [];
  const laneTop: number[] = [];
  const laneHeight: number[] = [];
  let y = AXIS_HEIGHT;
  for (const lane of model.lanes) {
    const height = Math.max(1, lane.rowCount) * ROW_HEIGHT + 2 * LANE_PADDING;
    laneTop.push(y);
    laneHeight.push(height);
    for (let row = 0; row < lane.rowCount; row++) rowTop.push(y + LANE_PADDING + row * ROW_HEIGHT);
    y += height;
  }
  return { rowTop, laneTop, laneHeight, height: Math.max(y, AXIS_HEIGHT + ROW_HEIGHT) };
}

export function rowAt(geometry: Geometry, y: number): number {
  return geometry.rowTop.findIndex((top) => y >= top && y < top + ROW_HEIGHT);
}

export function timeAt(window: TimeWindow, width: number, x: number): number {
  return window.start + (x / Math.max(1, width)) * (window.end - window.start);
}

export interface WindowCounts {
  /** Distinct imports with a bar in the window. */
  total: number;
  byStatus: number[];
  /** Per lane: bars in the window by status. */
  lanes: { total: number; byStatus: number[] }[];
}

/** What the window shows: the counts behind the summary and the data table. */
export function countInWindow(model: TimelineModel, window: TimeWindow): WindowCounts {
  const seen = new Uint8Array(model.imports.length);
  const byStatus = new Array<number>(model.statuses.length).fill(0);
  const lanes = model.lanes.map(() => ({ total: 0, byStatus: new Array<number>(model.statuses.length).fill(0) }));
  let total = 0;
  model.rows.forEach((bars, row) => {
    const lane = lanes[model.rowLane[row] ?? -1];
    for (const bar of bars) {
      if (bar.start > window.end) break;
      if (bar.end < window.start || !lane) continue;
      lane.total++;
      lane.byStatus[bar.status] = (lane.byStatus[bar.status] ?? 0) + 1;
      if (seen[bar.item]) continue;
      seen[bar.item] = 1;
      total++;
      byStatus[bar.status] = (byStatus[bar.status] ?? 0) + 1;
    }
  });
  return { total, byStatus, lanes };
}
