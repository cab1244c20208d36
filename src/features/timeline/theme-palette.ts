import { useSyncExternalStore } from 'react';
import { statusVariable } from '../imports/status-look.ts';

export interface Palette {
  statuses: string[];
  /** Categorical colours for series that are not statuses (error types). */
  series: string[];
  text: string;
  textSecondary: string;
  divider: string;
  border: string;
  surface: string;
  surfaceRaised: string;
  focus: string;
  now: string;
  font: string;
}

export const SERIES_COLOURS = 6;

/** The theme's colours as the element sees them, so light and dark follow tokens.css. */
export function readPalette(element: Element, statuses: readonly string[]): Palette {
  const style = getComputedStyle(element);
  const value = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    statuses: statuses.map((status) => value(statusVariable(status), '#5b5f67')),
    series: Array.from({ length: SERIES_COLOURS }, (_, i) => value(`--chart-series-${i + 1}`, '#5b5f67')),
    text: value('--color-text', '#0f141a'),
    textSecondary: value('--color-text-secondary', '#5b5f67'),
    divider: value('--color-border-divider', '#ebebf0'),
    border: value('--color-border', '#c6c6cd'),
    surface: value('--color-surface', '#ffffff'),
    surfaceRaised: value('--color-surface-raised', '#fafafa'),
    focus: value('--color-focus', '#006ce0'),
    now: value('--color-primary', '#ff9900'),
    font: value('--font-body', 'sans-serif'),
  };
}

const DARK = '(prefers-color-scheme: dark)';

function subscribe(listener: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const query = window.matchMedia(DARK);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

/** 'dark' or 'light'; re-renders when the system scheme changes, so charts re-read their colours. */
export function useColorScheme(): 'dark' | 'light' {
  return useSyncExternalStore(subscribe, () =>
    typeof window.matchMedia === 'function' && window.matchMedia(DARK).matches ? 'dark' : 'light',
  );
}
