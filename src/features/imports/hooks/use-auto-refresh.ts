import { useStoredSetting } from '../../../lib/stored-setting.ts';

export const AUTO_REFRESH_CHOICES = [
  { ms: 0, label: 'Off' },
  { ms: 5_000, label: '5 s' },
  { ms: 10_000, label: '10 s' },
  { ms: 30_000, label: '30 s' },
  { ms: 60_000, label: '1 min' },
] as const;

export type AutoRefreshMs = (typeof AUTO_REFRESH_CHOICES)[number]['ms'];

export const DEFAULT_AUTO_REFRESH: AutoRefreshMs = 10_000;

export function isAutoRefreshMs(value: unknown): value is AutoRefreshMs {
  return AUTO_REFRESH_CHOICES.some((choice) => choice.ms === value);
}

/** The auto-refresh interval in ms (0 = off), remembered across reloads. */
export function useAutoRefresh() {
  return useStoredSetting<AutoRefreshMs>('cloudtrail-imports.auto-refresh', DEFAULT_AUTO_REFRESH, isAutoRefreshMs);
}
