import { useRef, type KeyboardEvent } from 'react';
import { DISPLAYS, type Display } from '../view-url.ts';

const NAMES: Record<Display, string> = { table: 'Table', timeline: 'Timeline', trends: 'Trends' };
export const VIEW_PANEL_ID = 'imports-view-panel';
export const viewTabId = (display: Display) => `imports-view-tab-${display}`;

/** Table | Timeline | Trends as tabs: arrow keys move between them, the chosen one goes in the URL. */
export function ViewTabs({ value, onChange }: { value: Display; onChange: (display: Display) => void }) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = DISPLAYS.indexOf(value);
    const next =
      event.key === 'ArrowRight' ? DISPLAYS[(index + 1) % DISPLAYS.length]
      : event.key === 'ArrowLeft' ? DISPLAYS[(index + DISPLAYS.length - 1) % DISPLAYS.length]
      : event.key === 'Home' ? DISPLAYS[0]
      : event.key === 'End' ? DISPLAYS[DISPLAYS.length - 1]
      : undefined;
    if (!next) return;
    event.preventDefault();
    onChange(next);
    list.current?.querySelector<HTMLElement>(`#${viewTabId(next)}`)?.focus();
  };
  return (
    <div className="view-tabs" role="tablist" aria-label="View" ref={list} onKeyDown={onKeyDown}>
      {DISPLAYS.map((display) => (
        <button
          key={display}
          id={viewTabId(display)}
          type="button"
          role="tab"
          className="view-tabs__tab"
          aria-selected={display === value}
          aria-controls={VIEW_PANEL_ID}
          tabIndex={display === value ? 0 : -1}
          onClick={() => onChange(display)}
        >
          {NAMES[display]}
        </button>
      ))}
    </div>
  );
}
