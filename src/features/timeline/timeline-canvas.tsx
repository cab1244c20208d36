import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { itemAt, layoutRow, type RowItem, type TimeWindow } from './chunks.ts';
import { describeItem } from './describe-item.ts';
import { drawTimeline } from './draw-timeline.ts';
import { findTarget, moveItem, targetOf, type FocusTarget, type Move } from './keyboard-nav.ts';
import type { TimelineModel } from './lanes.ts';
import type { Palette } from './theme-palette.ts';
import { geometryOf, rowAt, timeAt } from './timeline-geometry.ts';
import { timeTicks } from './time-ticks.ts';
import { useCanvasWidth, useFrameScheduler } from './use-canvas-width.ts';
import { fitWindow, PAN_STEP, panWindow, ZOOM_STEP, zoomWindow } from './view-window.ts';

interface TimelineCanvasProps {
  model: TimelineModel;
  window: TimeWindow;
  limits: TimeWindow;
  now: number;
  palette: Palette | null;
  onWindowChange: (window: TimeWindow) => void;
  onOpen: (item: number) => void;
}

const MOVES: Record<string, Move> = { ArrowLeft: 'previous', ArrowRight: 'next', ArrowUp: 'up', ArrowDown: 'down', Home: 'first', End: 'last' };
const DRAG_PX = 4;

/**
 * The lanes drawn on one canvas rather than with uPlot: lanes, rows, chunks and keyboard focus are
 * this view's own layout, and a canvas of plain rectangles redraws 100,000 imports within a frame.
 */
export function TimelineCanvas({ model, window, limits, now, palette, onWindowChange, onOpen }: TimelineCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [wrapRef, width] = useCanvasWidth();
  const [target, setTarget] = useState<FocusTarget | null>(null);
  const [focused, setFocused] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [hover, setHover] = useState<{ x: number; y: number; text: string } | null>(null);
  const drag = useRef<{ x: number; window: TimeWindow; moved: boolean } | null>(null);
  const schedule = useFrameScheduler(onWindowChange);

  const geometry = useMemo(() => geometryOf(model), [model]);
  const rows = useMemo(
    () => model.rows.map((bars, row) => layoutRow(bars, row, window, width, model.statuses.length, model.rowMaxSpan[row])),
    [model, window, width],
  );
  const ticks = useMemo(() => timeTicks(window, width), [window, width]);
  const focus = target ? findTarget(rows, target) : null;

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !palette || width <= 0) return;
    const ratio = globalThis.devicePixelRatio || 1;
    // Resizing reallocates the canvas, so it happens only when the size changes.
    const [pixelWidth, pixelHeight] = [Math.round(width * ratio), Math.round(geometry.height * ratio)];
    if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
    if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const shown = focused && focus ? { row: focus.row, index: focus.index } : null;
    drawTimeline(ctx, { width, geometry, window, now, ticks, rows, statuses: model.statuses, palette, focus: shown });
    // Only a change of what is drawn redraws, not every render (the counts follow a render later).
  }, [width, geometry, window, now, ticks, rows, model.statuses, palette, focused, focus?.row, focus?.index]);

  const latest = useRef({ window, limits, width });
  latest.current = { window, limits, width };
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    // React's wheel listener is passive, and zooming must keep the page from scrolling.
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const { limits: bounds, width: w } = latest.current;
      const current = schedule.pending() ?? latest.current.window;
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? w : 1;
      const dx = event.deltaX * unit;
      const dy = event.deltaY * unit;
      if (event.shiftKey || Math.abs(dx) > Math.abs(dy)) {
        schedule.set(panWindow(current, (Math.abs(dx) > Math.abs(dy) ? dx : dy) / Math.max(1, w), bounds));
      } else {
        const anchor = timeAt(current, w, event.clientX - canvas.getBoundingClientRect().left);
        schedule.set(zoomWindow(current, Math.exp(dy * 0.002), anchor, bounds));
      }
    };
    canvas.addEventListener('wheel', onWheel, { passive: false });
    return () => canvas.removeEventListener('wheel', onWheel);
  }, [schedule]);

  const activate = (item: RowItem) => {
    setTarget(targetOf(item));
    if (item.bar) onOpen(item.bar.item);
    else onWindowChange(fitWindow(item.start, item.end, limits));
  };
  const focusItem = (item: RowItem | undefined) => {
    if (!item) return;
    setTarget(targetOf(item));
    setAnnouncement(describeItem(model, item));
  };
  const current = focus ? rows[focus.row]?.[focus.index] : undefined;
  const zoom = (factor: number) => {
    const anchor = current ? (Math.max(current.start, window.start) + Math.min(current.end, window.end)) / 2 : (window.start + window.end) / 2;
    onWindowChange(zoomWindow(window, factor, anchor, limits));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      onWindowChange(panWindow(window, event.key === 'ArrowLeft' ? -PAN_STEP : PAN_STEP, limits));
    } else if (move) {
      const next = moveItem(rows, focus, move);
      focusItem(next ? rows[next.row]?.[next.index] : undefined);
    } else if (event.key === '+' || event.key === '=') zoom(1 / ZOOM_STEP);
    else if (event.key === '-' || event.key === '_') zoom(ZOOM_STEP);
    else if ((event.key === 'Enter' || event.key === ' ') && current) activate(current);
    else return;
    event.preventDefault();
  };

  const pointAt = (event: PointerEvent) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - rect.left;
    const y = event.clientY - rect.top;
    const row = rowAt(geometry, y);
    const index = row >= 0 ? itemAt(rows[row] ?? [], x) : -1;
    return { x, y, item: rows[row]?.[index] };
  };
  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.button !== 0) return;
    drag.current = { x: event.clientX, window, moved: false };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const start = drag.current;
    if (start) {
      const dx = event.clientX - start.x;
      if (Math.abs(dx) >= DRAG_PX) start.moved = true;
      if (start.moved) schedule.set(panWindow(start.window, -dx / Math.max(1, width), limits));
      setHover(null);
      return;
    }
    const { x, y, item } = pointAt(event);
    setHover(item ? { x, y, text: describeItem(model, item).replace(/ Enter .*$/, '') } : null);
  };
  const onPointerUp = (event: PointerEvent<HTMLCanvasElement>) => {
    const start = drag.current;
    drag.current = null;
    if (!start || start.moved) return;
    const { item } = pointAt(event);
    if (item) activate(item);
  };

  return (
    <div className="timeline__plot" ref={wrapRef}>
      <div
        className="timeline__canvas-focus"
        tabIndex={0}
        role="application"
        aria-roledescription="timeline"
        aria-label="Import bars. Arrow keys move between bars, Enter opens one, plus and minus zoom, Shift with Left or Right pans."
        onKeyDown={onKeyDown}
        onFocus={() => {
          setFocused(true);
          if (focus) return;
          const first = moveItem(rows, null, 'last');
          focusItem(first ? rows[first.row]?.[first.index] : undefined);
        }}
        onBlur={() => setFocused(false)}
      >
        <canvas
          ref={canvasRef}
          className={hover ? 'timeline__canvas timeline__canvas--over' : 'timeline__canvas'}
          style={{ height: geometry.height }}
          aria-hidden="true"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerLeave={() => setHover(null)}
        />
      </div>
      {hover ? (
        <div className="timeline__tooltip" aria-hidden="true" style={{ left: Math.min(hover.x + 12, Math.max(0, width - 280)), top: hover.y + 16 }}>
          {hover.text}
        </div>
      ) : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
