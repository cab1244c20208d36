import type { TimeWindow } from './chunks.ts';
import { dayWords } from './summaries.ts';
import { canPan, PAN_STEP, panWindow, PRESETS, ZOOM_STEP, zoomWindow, type Preset } from './view-window.ts';

interface TimelineToolbarProps {
  window: TimeWindow;
  limits: TimeWindow;
  now: number;
  preset: Preset | null;
  onPreset: (preset: Preset) => void;
  onWindowChange: (window: TimeWindow) => void;
}

const presetName = (preset: Preset) => (preset === 'all' ? 'All' : `${preset} days`);

/** Zoom, presets and pan as real buttons; the window they give is spelled out beside them. */
export function TimelineToolbar({ window, limits, now, preset, onPreset, onWindowChange }: TimelineToolbarProps) {
  const center = (window.start + window.end) / 2;
  const pan = canPan(window, limits);
  const span = window.end - window.start;
  return (
    <div className="timeline__toolbar">
      <div className="button-group" role="group" aria-label="Zoom">
        <button type="button" className="button button--small" onClick={() => onWindowChange(zoomWindow(window, 1 / ZOOM_STEP, center, limits))}>
          Zoom in
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={span >= limits.end - limits.start - 1}
          onClick={() => onWindowChange(zoomWindow(window, ZOOM_STEP, center, limits))}
        >
          Zoom out
        </button>
      </div>
      <div className="button-group" role="group" aria-label="Time range">
        {PRESETS.map((value) => (
          <button key={value} type="button" className="button button--small" aria-pressed={preset === value} onClick={() => onPreset(value)}>
            {presetName(value)}
          </button>
        ))}
      </div>
      <div className="button-group" role="group" aria-label="Pan">
        <button type="button" className="button button--small" disabled={!pan.earlier} onClick={() => onWindowChange(panWindow(window, -PAN_STEP, limits))}>
          Earlier
        </button>
        <button type="button" className="button button--small" disabled={!pan.later} onClick={() => onWindowChange(panWindow(window, PAN_STEP, limits))}>
          Later
        </button>
      </div>
      <p className="timeline__range">
        {dayWords(window.start)} – {dayWords(Math.min(window.end, now))}
      </p>
    </div>
  );
}
