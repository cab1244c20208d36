import { useCallback, useMemo } from 'react';
import { navigateSearch, useUrlSearch } from '../../../lib/url-search.ts';
import { NO_FILTERS, type ImportFilters } from '../filters.ts';
import type { ImportRef } from '../model.ts';
import { parseViewUrl, serializeView, type Display, type SortState, type ViewState } from '../view-url.ts';

/** Filters, search, sort and the open import, kept in the URL so a link reopens the view and Back/Forward work. */
export function useViewState() {
  const search = useUrlSearch();
  const parsed = useMemo(() => parseViewUrl(search), [search]);
  // Each URL change parses to new objects. A search or sort change keeps the filters object, so the
  // row work keyed on it (merging refreshes, naming, sorting 10,000 rows) is not done again.
  const { status, destination, account, region } = parsed.view.filters;
  const filters = useMemo(() => ({ status, destination, account, region }), [status, destination, account, region]);
  const view = useMemo(() => ({ ...parsed.view, filters }), [parsed.view, filters]);
  const { issues } = parsed;

  const go = useCallback(
    (change: Partial<ViewState>, replace = false) => {
      // Read the URL afresh: several changes can land before React re-renders.
      const current = parseViewUrl(window.location.search).view;
      navigateSearch(serializeView({ ...current, ...change }), { replace });
    },
    [],
  );

  return {
    view,
    issues,
    setFilters: useCallback((filters: ImportFilters) => go({ filters }), [go]),
    setSearch: useCallback((text: string) => go({ search: text }, true), [go]),
    setSort: useCallback((sort: SortState) => go({ sort }), [go]),
    clearFilters: useCallback(() => go({ filters: NO_FILTERS, search: '' }), [go]),
    /** Opening adds a history entry, so Back closes the detail again. */
    openImport: useCallback((ref: ImportRef) => go({ openImport: ref }), [go]),
    closeImport: useCallback(() => go({ openImport: null }), [go]),
    /** Table, Timeline or Trends; a history entry each, so Back returns to the view before. */
    setDisplay: useCallback((display: Display) => go({ display: display === 'table' ? undefined : display }), [go]),
  };
}
