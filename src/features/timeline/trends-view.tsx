import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { importKey, statusLabel } from '../imports/model.ts';
import { DailyFigure, SeriesLegend } from './daily-figure.tsx';
import { StatisticsButton } from './statistics-button.tsx';
import { StatusLegend } from './status-legend.tsx';
import { dailySummary, plural } from './summaries.ts';
import { readPalette, useColorScheme, type Palette } from './theme-palette.ts';
import { statusesOf, type TimelineImport } from './timeline-import.ts';
import type { ChartSeries } from './trend-chart.tsx';
import { eventsPerDay, failuresPerDay, importsPerDay, seriesTotal, trendDays, type DailySeries } from './trend-series.ts';
import { useCachedFacts } from './use-cached-facts.ts';
import { useMinute } from './use-minute.ts';
import { useStatisticsLoader } from './use-statistics-loader.ts';
import '../../styles/timeline.css';

export interface TrendsViewProps {
  imports: readonly TimelineImport[];
  /** Fixed for tests; otherwise the clock, to the minute. */
  now?: number;
}

/** Imports, failures and events per day, each saying plainly which imports it covers. */
export default function TrendsView({ imports, now: fixedNow }: TrendsViewProps) {
  const minute = useMinute();
  const now = fixedNow ?? minute;
  const facts = useCachedFacts();
  const statistics = useStatisticsLoader();
  const ref = useRef<HTMLDivElement>(null);
  const scheme = useColorScheme();
  const statuses = useMemo(() => statusesOf(imports), [imports]);
  const [palette, setPalette] = useState<Palette | null>(null);
  useLayoutEffect(() => {
    if (ref.current) setPalette(readPalette(ref.current, statuses));
  }, [scheme, statuses]);

  const boundaries = useMemo(() => trendDays(imports, now), [imports, now]);
  const perStatus = useMemo(() => importsPerDay(imports, statuses, boundaries), [imports, statuses, boundaries]);
  const failures = useMemo(() => failuresPerDay(imports, facts.failures, boundaries), [imports, facts.failures, boundaries]);
  const events = useMemo(() => eventsPerDay(imports, facts.events, boundaries), [imports, facts.events, boundaries]);
  const missing = useMemo(
    () => imports.filter((item) => !facts.events.has(importKey(item))).sort((a, b) => b.created - a.created),
    [imports, facts.events],
  );
  const failed = imports.filter((item) => item.status === 'FAILED').length;
  const days = perStatus.days.length;

  const coloured = (daily: DailySeries, colours: readonly string[]): ChartSeries[] =>
    daily.series.map((s, i) => ({ label: s.label, values: s.values, colour: colours[i % colours.length] ?? '' }));

  return (
    <div className="trends" ref={ref}>
      {palette ? (
        <>
          <DailyFigure
            caption="Imports per day, by status"
            note="Every import shown, by the day it was created in your time zone, in its current status. From ListImports."
            summary={dailySummary(imports.length, 'imports', days, perStatus.series.map((s) => ({ label: statusLabel(s.key).toLowerCase(), count: seriesTotal(s) })))}
            days={perStatus.days}
            series={perStatus.series.map((s, i) => ({ label: statusLabel(s.key), values: s.values, colour: palette.statuses[i] ?? '' }))}
            unit="imports"
            palette={palette}
            header={<StatusLegend statuses={statuses} counts={perStatus.series.map(seriesTotal)} label="Imports by status" />}
          />
          <DailyFigure
            caption="Failures per day, by error type"
            note={`Failed files (ListImportFailures entries not since fixed by a retry) by the day their import was created: the five most frequent error types, the rest as Other. ListImports has no failures, so this covers only the imports whose failures are loaded, by opening them: ${plural(failures.imports, 'import')} of the ${plural(failed, 'failed import')} shown.`}
            summary={dailySummary(
              failures.series.reduce((sum, s) => sum + seriesTotal(s), 0),
              'failures',
              days,
              failures.series.map((s) => ({ label: s.label, count: seriesTotal(s) })),
              `in the ${plural(failures.imports, 'import')} whose failures are loaded`,
            )}
            days={failures.days}
            series={coloured(failures, palette.series)}
            unit="failures"
            palette={palette}
            header={<SeriesLegend series={coloured(failures, palette.series)} label="Failures by error type" />}
          />
          <DailyFigure
            caption="Events imported per day"
            note={`EventsCompleted by the day the import was created. ListImports has no statistics: they come from GetImport, called only when you ask, at most 10 a second. Known for ${plural(events.imports, 'import')} of the ${plural(imports.length, 'import')} shown.`}
            summary={dailySummary(
              seriesTotal(events.series[0] ?? { key: '', label: '', values: [] }),
              'events imported',
              days,
              [],
              `in the ${plural(events.imports, 'import')} whose statistics are known`,
            )}
            days={events.days}
            series={coloured(events, palette.series)}
            unit="events"
            palette={palette}
            header={<StatisticsButton load={statistics} missing={missing} shown={imports.length} />}
          />
        </>
      ) : null}
    </div>
  );
}

