import { useSyncExternalStore } from 'react';

// One shared one-second ticker for every live time on the page; it runs only while something listens.
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let current = wholeSecond();

function wholeSecond(): number {
  return Math.floor(Date.now() / 1000) * 1000;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    current = wholeSecond();
    timer = setInterval(() => {
      current = wholeSecond();
      for (const notify of listeners) notify();
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current time, to the second, re-rendering the caller once a second. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => current);
}

/**
 * Text made from the current time, re-rendering the caller only when the text changes: a "3 min
 * ago" under every time in the table is checked each second but redrawn about once a minute.
 */
export function useTextOfNow(text: (now: number) => string): string {
  return useSyncExternalStore(subscribe, () => text(current));
}
