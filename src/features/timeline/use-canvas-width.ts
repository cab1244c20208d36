import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { TimeWindow } from './chunks.ts';

/** The element's width in CSS pixels, measured before the first paint and on every resize. */
export function useCanvasWidth(): [(element: HTMLDivElement | null) => void, number] {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    if (!element) return;
    setWidth(Math.floor(element.getBoundingClientRect().width));
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width];
}

/**
 * Wheel and drag events come faster than frames; the last window asked for is applied once per
 * animation frame, so each frame draws once.
 */
export function useFrameScheduler(apply: (window: TimeWindow) => void) {
  const pending = useRef<TimeWindow | null>(null);
  const frame = useRef(0);
  const applyRef = useRef(apply);
  applyRef.current = apply;
  const flush = useCallback(() => {
    frame.current = 0;
    const next = pending.current;
    pending.current = null;
    if (next) applyRef.current(next);
  }, []);
  return useMemo(
    () => ({
      set(window: TimeWindow) {
        pending.current = window;
        if (!frame.current) frame.current = requestAnimationFrame(flush);
      },
      pending: () => pending.current,
    }),
    [flush],
  );
}
