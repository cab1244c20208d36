import { useEffect, useRef, useState } from 'react';
import type uPlot from 'uplot';
import { stack } from './stacking.ts';
import type { Palette } from './theme-palette.ts';
import { DAY_MS } from './timeline-import.ts';
import { useCanvasWidth } from './use-canvas-width.ts';

export interface ChartSeries {
  label: string;
  values: readonly number[];
  colour: string;
}

interface TrendChartProps {
  days: readonly number[];
  /** Bottom of the stack first. */
  series: readonly ChartSeries[];
  palette: Palette;
  /** "imports", "failures", "events": what the hover readout counts. */
  unit: string;
}

const HEIGHT = 220;
const WHOLE_STEPS = [1, 2, 5].flatMap((step) => [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9].map((scale) => step * scale)).sort((a, b) => a - b);
const compact = new Intl.NumberFormat(undefined, { notation: 'compact' });
const dayLabel = new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });

// uPlot and its stylesheet load with the first chart, in their own chunk.
const loadUplot = () => Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([module]) => module.default);

/** Stacked bars per day, drawn by uPlot on a canvas; what they show is in the figure's label and table. */
export function TrendChart({ days, series, palette, unit }: TrendChartProps) {
  const [measure, width] = useCanvasWidth();
  const target = useRef<HTMLDivElement>(null);
  const [readout, setReadout] = useState('');

  useEffect(() => {
    const element = target.current;
    if (!element || width <= 0) return;
    let plot: uPlot | null = null;
    let cancelled = false;
    void loadUplot().then((UPlot) => {
      if (cancelled) return;
      const tops = stack(series.map((s) => [...s.values]));
      const options = chartOptions({ days, series, tops, palette, width });
      options.hooks = {
        setCursor: [(u) => setReadout(readoutOf(u.cursor.idx, days, series, unit))],
      };
      plot = new UPlot(options, [[...days], ...tops], element);
    });
    return () => {
      cancelled = true;
      plot?.destroy();
    };
  }, [days, series, palette, width, unit]);

  return (
    <div className="trend-chart" ref={measure}>
      <div ref={target} aria-hidden="true" />
      <p className="trend-chart__readout" aria-hidden="true">
        {readout}
      </p>
    </div>
  );
}

function readoutOf(index: number | null | undefined, days: readonly number[], series: readonly ChartSeries[], unit: string): string {
  if (index === null || index === undefined || days[index] === undefined) return '';
  const parts = series.filter((s) => (s.values[index] ?? 0) > 0).map((s) => `${(s.values[index] ?? 0).toLocaleString()} ${s.label}`);
  const total = series.reduce((sum, s) => sum + (s.values[index] ?? 0), 0);
  const detail = series.length > 1 && parts.length > 0 ? `: ${parts.join(', ')}` : '';
  return `${dayLabel.format(days[index])}: ${total.toLocaleString()} ${unit}${detail}`;
}

interface OptionInput {
  days: readonly number[];
  series: readonly ChartSeries[];
  tops: number[][];
  palette: Palette;
  width: number;
}

function chartOptions({ days, series, tops, palette, width }: OptionInput): uPlot.Options {
  const axis = {
    stroke: palette.textSecondary,
    font: `12px ${palette.font}`,
    grid: { stroke: palette.divider, width: 1 },
    ticks: { stroke: palette.divider, width: 1 },
  };
  const last = days[days.length - 1] ?? 0;
  return {
    width,
    height: HEIGHT,
    ms: 1,
    legend: { show: false },
    cursor: { drag: { x: false, y: false }, points: { show: false } },
    scales: {
      x: { time: true, range: () => [days[0] ?? 0, last + DAY_MS] },
      y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.08 : 1] },
    },
    // Counts are whole numbers, so the value axis never shows 0.5.
    axes: [axis, { ...axis, size: 56, incrs: WHOLE_STEPS, values: (_u, splits) => splits.map((v) => compact.format(v)) }],
    series: [
      {},
      ...series.map((s, i) => ({
        label: s.label,
        fill: s.colour,
        stroke: s.colour,
        width: 0,
        points: { show: false },
        paths: stackedBars(days, tops[i - 1] ?? null, tops[i] ?? []),
      })),
    ],
  };
}

/** Bars from the top of the series below to this one's running total, a hairline apart, a day wide less a gap. */
function stackedBars(days: readonly number[], bottoms: readonly number[] | null, tops: readonly number[]): uPlot.Series.PathBuilder {
  return (u, _seriesIndex, first, last) => {
    const fill = new Path2D();
    // Paths are in canvas pixels.
    const hairline = globalThis.devicePixelRatio || 1;
    for (let i = first; i <= last; i++) {
      const day = days[i] ?? 0;
      const top = tops[i] ?? 0;
      const bottom = bottoms?.[i] ?? 0;
      if (top <= bottom) continue;
      const x0 = u.valToPos(day, 'x', true);
      const x1 = u.valToPos(day + DAY_MS, 'x', true);
      const inset = Math.min((x1 - x0) * 0.12, 4 * hairline);
      const yTop = u.valToPos(top, 'y', true);
      const yBottom = u.valToPos(bottom, 'y', true) - (bottom > 0 ? hairline : 0);
      fill.rect(x0 + inset, yTop, Math.max(hairline, x1 - x0 - 2 * inset), Math.max(hairline, yBottom - yTop));
    }
    return { fill, stroke: null };
  };
}
