import { useSyncExternalStore } from 'react';

// pushState and replaceState fire no event, so changes made here are announced by hand.
const CHANGE = 'url-search-change';

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(CHANGE, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(CHANGE, listener);
  };
}

/** The page's query string, e.g. "?status=FAILED"; re-renders on Back, Forward and navigateSearch. */
export function useUrlSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search);
}

/** A new history entry (so Back returns here), or with `replace` an edit of the current one. */
export function navigateSearch(search: string, { replace = false }: { replace?: boolean } = {}): void {
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (replace) window.history.replaceState(window.history.state, '', url);
  else window.history.pushState(window.history.state, '', url);
  window.dispatchEvent(new Event(CHANGE));
}
