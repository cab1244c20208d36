import { useMemo, type ReactNode } from 'react';
import { ChartFigure } from './chart-figure.tsx';
import { DataTable, type DataColumn } from './data-table.tsx';
import { dayWords } from './summaries.ts';
import type { Palette } from './theme-palette.ts';
import { TrendChart, type ChartSeries } from './trend-chart.tsx';

interface DailyFigureProps {
  caption: string;
  note: ReactNode;
  summary: string;
  days: readonly number[];
  series: readonly ChartSeries[];
  unit: string;
  palette: Palette;
  /** Shown above the chart: the legend, and any button that loads more data. */
  header: ReactNode;
}

interface DayRow {
  day: number;
  values: number[];
  total: number;
}

/** One daily trend: caption, legend, stacked bars, and the same numbers as a table of the days that have any. */
export function DailyFigure({ caption, note, summary, days, series, unit, palette, header }: DailyFigureProps) {
  const columns = useMemo<DataColumn<DayRow>[]>(
    () => [
      { id: 'day', header: 'Day', cell: (row) => dayWords(row.day) },
      ...series.map((s, i) => ({ id: `s${i}`, header: s.label, numeric: true, cell: (row: DayRow) => (row.values[i] ?? 0).toLocaleString() })),
      ...(series.length > 1 ? [{ id: 'total', header: 'Total', numeric: true, cell: (row: DayRow) => row.total.toLocaleString() }] : []),
    ],
    [series],
  );
  const rows = useMemo(
    () =>
      days
        .map((day, i) => {
          const values = series.map((s) => s.values[i] ?? 0);
          return { day, values, total: values.reduce((sum, v) => sum + v, 0) };
        })
        .filter((row) => row.total > 0),
    [days, series],
  );
  return (
    <ChartFigure
      caption={caption}
      note={note}
      summary={summary}
      table={() => (
        <DataTable label={`${caption} (days with none left out)`} columns={columns} rows={rows} rowId={(row) => String(row.day)} />
      )}
    >
      {header}
      <TrendChart days={days} series={series} palette={palette} unit={unit} />
    </ChartFigure>
  );
}

/** Swatches for series that are not statuses, each with its total. */
export function SeriesLegend({ series, label }: { series: readonly ChartSeries[]; label: string }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {series.map((s) => (
        <li key={s.label} className="chart-legend__item">
          <span className="chart-legend__swatch" style={{ background: s.colour }} aria-hidden="true" />
          <span>{s.label}</span>
          <span className="chart-legend__count">{s.values.reduce((sum, v) => sum + v, 0).toLocaleString()}</span>
        </li>
      ))}
    </ul>
  );
}
