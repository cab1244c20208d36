import { iconPath, type IconName } from '../../components/icon.tsx';
import type { RowItem, TimeWindow } from './chunks.ts';
import type { ItemRef } from './keyboard-nav.ts';
import { statusLook } from '../imports/status-look.ts';
import type { Palette } from './theme-palette.ts';
import { AXIS_HEIGHT, BAR_HEIGHT, ROW_HEIGHT, type Geometry } from './timeline-geometry.ts';
import type { Tick } from './time-ticks.ts';

export interface Scene {
  width: number;
  geometry: Geometry;
  window: TimeWindow;
  now: number;
  ticks: readonly Tick[];
  rows: readonly (readonly RowItem[])[];
  statuses: readonly string[];
  palette: Palette;
  focus: ItemRef | null;
}

const ICON_MIN_WIDTH = 22;
// A count needs at least this many pixels; narrower chunks skip measuring their label.
const LABEL_MIN_WIDTH = 14;
const countFormat = new Intl.NumberFormat();
const MIX_HEIGHT = 6;
const icons = new Map<IconName, Path2D>();

function icon(name: IconName): Path2D {
  let path = icons.get(name);
  if (!path) {
    path = new Path2D(iconPath(name));
    icons.set(name, path);
  }
  return path;
}

/** Draws the whole timeline: lanes, time grid, bars and chunks, now, and the keyboard focus. */
export function drawTimeline(ctx: CanvasRenderingContext2D, scene: Scene): void {
  const { width, geometry, palette } = scene;
  ctx.clearRect(0, 0, width, geometry.height);
  geometry.laneTop.forEach((top, lane) => {
    if (lane % 2 === 1) {
      ctx.fillStyle = palette.surfaceRaised;
      ctx.fillRect(0, top, width, geometry.laneHeight[lane] ?? 0);
    }
    ctx.fillStyle = palette.divider;
    ctx.fillRect(0, top, width, 1);
  });
  drawAxis(ctx, scene);
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, AXIS_HEIGHT, width, geometry.height - AXIS_HEIGHT);
  ctx.clip();
  ctx.font = `11px ${palette.font}`;
  scene.rows.forEach((items, row) => {
    const y = (geometry.rowTop[row] ?? 0) + (ROW_HEIGHT - BAR_HEIGHT) / 2;
    for (const item of items) {
      if (item.bar) drawBar(ctx, scene, item, y);
      else drawChunk(ctx, scene, item, y);
    }
  });
  ctx.restore();
  drawFocus(ctx, scene);
}

function xOf(scene: Scene, time: number): number {
  return ((time - scene.window.start) / (scene.window.end - scene.window.start)) * scene.width;
}

function drawAxis(ctx: CanvasRenderingContext2D, scene: Scene): void {
  const { palette, geometry } = scene;
  ctx.font = `12px ${palette.font}`;
  ctx.textBaseline = 'middle';
  for (const tick of scene.ticks) {
    const x = Math.round(xOf(scene, tick.at));
    ctx.fillStyle = palette.divider;
    ctx.fillRect(x, AXIS_HEIGHT - 6, 1, geometry.height - AXIS_HEIGHT + 6);
    ctx.fillStyle = palette.textSecondary;
    ctx.fillText(tick.label, x + 4, AXIS_HEIGHT / 2);
  }
  ctx.fillStyle = palette.border;
  ctx.fillRect(0, AXIS_HEIGHT - 1, scene.width, 1);
  const now = Math.round(xOf(scene, scene.now));
  if (now >= 0 && now <= scene.width) {
    ctx.fillStyle = palette.now;
    ctx.fillRect(now - 1, AXIS_HEIGHT - 8, 2, geometry.height - AXIS_HEIGHT + 8);
  }
}

function drawBar(ctx: CanvasRenderingContext2D, scene: Scene, item: RowItem, y: number): void {
  const status = scene.statuses[item.bar?.status ?? 0] ?? '';
  const x0 = Math.max(item.x0, -2);
  const x1 = Math.min(item.x1, scene.width + 2);
  ctx.fillStyle = scene.palette.statuses[item.bar?.status ?? 0] ?? scene.palette.textSecondary;
  ctx.fillRect(x0, y, x1 - x0, BAR_HEIGHT);
  if (x1 - x0 < ICON_MIN_WIDTH) return;
  ctx.save();
  ctx.translate(Math.max(x0, 0) + 3, y + 2);
  ctx.scale(0.75, 0.75);
  ctx.strokeStyle = scene.palette.surface;
  ctx.lineWidth = 2;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.stroke(icon(statusLook(status).icon));
  ctx.restore();
}

// A chunk is a box with its count and a strip of its status mix along the bottom; one too narrow for
// a count shows the mix as stacked stripes instead.
function drawChunk(ctx: CanvasRenderingContext2D, scene: Scene, item: RowItem, y: number): void {
  const { palette } = scene;
  const x0 = Math.max(item.x0, -2);
  // A pixel apart, so neighbouring chunks read as separate counts.
  const width = Math.min(item.x1, scene.width + 2) - x0 - 1;
  const label = width >= LABEL_MIN_WIDTH ? countFormat.format(item.count) : '';
  if (!label || labelWidth(ctx, scene, label) + 4 > width) {
    stackedMix(ctx, scene, item, x0, y, Math.max(width, 1));
    return;
  }
  ctx.fillStyle = palette.surface;
  ctx.fillRect(x0, y, width, BAR_HEIGHT);
  ctx.strokeStyle = palette.border;
  ctx.lineWidth = 1;
  ctx.strokeRect(x0 + 0.5, y + 0.5, width - 1, BAR_HEIGHT - 1);
  let x = x0;
  item.statusCounts.forEach((count, status) => {
    if (count === 0) return;
    const part = (count / item.count) * width;
    ctx.fillStyle = palette.statuses[status] ?? palette.textSecondary;
    ctx.fillRect(x, y + BAR_HEIGHT - MIX_HEIGHT, part, MIX_HEIGHT);
    x += part;
  });
  ctx.fillStyle = palette.text;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(label, x0 + width / 2, y + (BAR_HEIGHT - MIX_HEIGHT) / 2 + 1);
  ctx.textAlign = 'start';
}

// Counts are digits and separators of nearly one width, so one measurement per length serves every label.
const labelWidths = new Map<string, number>();

function labelWidth(ctx: CanvasRenderingContext2D, scene: Scene, label: string): number {
  const key = `${scene.palette.font}|${label.length}`;
  let width = labelWidths.get(key);
  if (width === undefined) {
    ctx.font = `11px ${scene.palette.font}`;
    width = ctx.measureText('0'.repeat(label.length)).width;
    labelWidths.set(key, width);
  }
  return width;
}

function stackedMix(ctx: CanvasRenderingContext2D, scene: Scene, item: RowItem, x0: number, y: number, width: number): void {
  let bottom = y + BAR_HEIGHT;
  item.statusCounts.forEach((count, status) => {
    if (count === 0) return;
    const height = (count / item.count) * BAR_HEIGHT;
    ctx.fillStyle = scene.palette.statuses[status] ?? scene.palette.textSecondary;
    ctx.fillRect(x0, bottom - height, width, height);
    bottom -= height;
  });
}

function drawFocus(ctx: CanvasRenderingContext2D, scene: Scene): void {
  const item = scene.focus ? scene.rows[scene.focus.row]?.[scene.focus.index] : undefined;
  if (!item) return;
  const y = (scene.geometry.rowTop[item.row] ?? 0) + (ROW_HEIGHT - BAR_HEIGHT) / 2;
  ctx.strokeStyle = scene.palette.focus;
  ctx.lineWidth = 2;
  const x0 = Math.max(item.x0, 0);
  const x1 = Math.min(item.x1, scene.width);
  ctx.strokeRect(x0 - 2, y - 2, Math.max(x1 - x0, 2) + 4, BAR_HEIGHT + 4);
}
