import { useCallback, useState } from 'react';

/** A setting remembered in localStorage; a stored value that fails `accept` falls back to the default. */
export function useStoredSetting<T>(key: string, fallback: T, accept: (value: unknown) => value is T) {
  const [value, setValue] = useState<T>(() => read(key, fallback, accept));
  const update = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Storage can be full or disabled (private windows); the setting still applies to this page.
      }
    },
    [key],
  );
  return [value, update] as const;
}

function read<T>(key: string, fallback: T, accept: (value: unknown) => value is T): T {
  try {
    const text = localStorage.getItem(key);
    if (text === null) return fallback;
    const parsed: unknown = JSON.parse(text);
    return accept(parsed) ? parsed : fallback;
  } catch {
    return fallback;
  }
}
