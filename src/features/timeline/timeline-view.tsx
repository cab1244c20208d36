import { useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ChartFigure } from './chart-figure.tsx';
import type { TimeWindow } from './chunks.ts';
import { buildTimeline } from './lanes.ts';
import { StatusLegend } from './status-legend.tsx';
import { statusCounts, timelineSummary, windowWords } from './summaries.ts';
import { readPalette, useColorScheme, type Palette } from './theme-palette.ts';
import { TimelineCanvas } from './timeline-canvas.tsx';
import { countInWindow, geometryOf } from './timeline-geometry.ts';
import type { TimelineImport } from './timeline-import.ts';
import { TimelineTable } from './timeline-table.tsx';
import { TimelineToolbar } from './timeline-toolbar.tsx';
import { useMinute } from './use-minute.ts';
import { presetOf, presetWindow, windowLimits, type Preset } from './view-window.ts';
import '../../styles/timeline.css';

export interface TimelineViewProps {
  imports: readonly TimelineImport[];
  /** Event data store ARN to name. */
  names: ReadonlyMap<string, string>;
  onOpen: (item: TimelineImport) => void;
  /** Fixed for tests; otherwise the clock, to the minute. */
  now?: number;
}

type Zoom = { preset: Preset } | { window: TimeWindow };
// The zoom outlives the view: a filter change shows the loading state, which unmounts it, in between.
let lastZoom: Zoom = { preset: 30 };

/** Every import as a bar from created to ended, one lane per destination (and source), zoomable. */
export default function TimelineView({ imports, names, onOpen, now: fixedNow }: TimelineViewProps) {
  const minute = useMinute();
  const now = fixedNow ?? minute;
  const model = useMemo(() => buildTimeline(imports, names, now), [imports, names, now]);
  const extent = useMemo(() => ({ start: model.start, end: model.end }), [model]);
  const limits = useMemo(() => windowLimits(extent, now), [extent, now]);
  // A preset follows now as time passes; a window the person zoomed or panned to stays put.
  const [view, setZoom] = useState<Zoom>(lastZoom);
  const setView = (zoom: Zoom) => {
    lastZoom = zoom;
    setZoom(zoom);
  };
  const window = useMemo(() => ('preset' in view ? presetWindow(view.preset, extent, now) : view.window), [view, extent, now]);
  const preset = 'preset' in view ? view.preset : presetOf(window, extent, now);
  // The lanes redraw at once; the counts, summary and table follow when the browser has time.
  const countedWindow = useDeferredValue(window);
  const counts = useMemo(() => countInWindow(model, countedWindow), [model, countedWindow]);
  const geometry = useMemo(() => geometryOf(model), [model]);
  const bodyRef = useRef<HTMLDivElement>(null);
  const scheme = useColorScheme();
  const [palette, setPalette] = useState<Palette | null>(null);
  useLayoutEffect(() => {
    if (bodyRef.current) setPalette(readPalette(bodyRef.current, model.statuses));
  }, [scheme, model.statuses]);

  const byStatus = statusCounts(model.statuses, counts.byStatus);
  const summary = timelineSummary(counts.total, model.lanes.length, windowWords(countedWindow, now, typeof preset === 'number' ? preset : null), byStatus);
  const sources = model.lanes.some((lane) => lane.source !== null);
  return (
    <ChartFigure
      className="timeline"
      caption="Timeline"
      note={`Each import from its creation to its end (to now while it runs), one lane per destination event data store${sources ? ' and source' : ''}. Imports too short to draw apart at this zoom are merged into chunks that show their count; click a chunk to zoom in.`}
      summary={summary}
      table={() => <TimelineTable model={model} counts={counts} window={countedWindow} />}
    >
      <TimelineToolbar
        window={window}
        limits={limits}
        now={now}
        preset={preset}
        onPreset={(value) => setView({ preset: value })}
        onWindowChange={(next) => setView({ window: next })}
      />
      <StatusLegend statuses={model.statuses} counts={counts.byStatus} label="Imports in the window by status" />
      <div className="timeline__body" ref={bodyRef}>
        <ol className="timeline__lanes" aria-label="Lanes">
          {model.lanes.map((lane, i) => (
            <li key={lane.key} className="timeline__lane" style={{ height: geometry.laneHeight[i] }}>
              <span className="timeline__lane-name" title={lane.destination}>
                {lane.name}
              </span>
              {lane.source ? (
                <span className="hint" title={lane.source}>
                  {lane.shortSource}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
        <TimelineCanvas
          model={model}
          window={window}
          limits={limits}
          now={now}
          palette={palette}
          onWindowChange={(next) => setView({ window: next })}
          onOpen={(index) => {
            const item = model.imports[index];
            if (item) onOpen(item);
          }}
        />
      </div>
    </ChartFigure>
  );
}
