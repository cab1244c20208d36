import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { describeError } from '../../../lib/aws-error-copy.ts';
import { CLOUDTRAIL_ENDPOINT } from '../../../lib/cloudtrail-endpoint.ts';
import { sourceLabel, type Source } from '../../../lib/source.ts';
import { useReadOnly, useSources } from '../../../lib/use-page-config.ts';
import { ExportButtons } from '../export/export-buttons.tsx';
import { hasFilters } from '../filters.ts';
import { useAutoRefresh } from '../hooks/use-auto-refresh.ts';
import { useDataStoreNames } from '../hooks/use-data-store-names.ts';
import { useDetailFocusReturn } from '../hooks/use-detail-focus-return.ts';
import { useImports } from '../hooks/use-imports.ts';
import { useResolvedFilters } from '../hooks/use-resolved-filters.ts';
import { useViewState } from '../hooks/use-view-state.ts';
import { importKey, refOf, type ImportRef, type ImportRow } from '../model.ts';
import { EndNoticeBanners } from '../notices/end-notice-banners.tsx';
import { useEndNotices } from '../notices/use-end-notices.ts';
import { useNotifySetting } from '../notices/use-notify-setting.ts';
import { searchImports } from '../search.ts';
import { sourcesToAsk } from '../source-scope.ts';
import { DEFAULT_SORT, serializeView, type OpenImport, type SortState } from '../view-url.ts';
import { ChartArea } from './chart-area.tsx';
import type { ImportTableRow } from './import-columns.tsx';
import { ImportLinkContext } from './import-link.tsx';
import { ImportsBanners } from './imports-banners.tsx';
import { ImportsHeader } from './imports-header.tsx';
import { ImportsTable } from './imports-table.tsx';
import { ImportsToolbar } from './imports-toolbar.tsx';
import { StatusSummary } from './status-summary.tsx';
import { ListStates } from './table-states.tsx';
import { VIEW_PANEL_ID, viewTabId, ViewTabs } from './view-tabs.tsx';

const ImportDetailPanel = lazy(() => import('../detail/import-detail-panel.tsx'));
// Shown only when more than one source is watched: one account's first load goes without it.
const SourcesPanel = lazy(() => import('./sources-panel.tsx'));
const DEFER_SEARCH_ABOVE = 20_000;
const report = (error: unknown) => (error ? describeError(error, CLOUDTRAIL_ENDPOINT) : null);

/** The main screen: every import in every account and region watched, filtered, searchable and kept fresh. */
export function ImportsPage() {
  const { view, issues, setFilters, setSearch, setSort, clearFilters, openImport, closeImport, setDisplay } = useViewState();
  const [autoRefresh, setAutoRefresh] = useAutoRefresh();
  const notify = useNotifySetting();
  const readOnly = useReadOnly();
  const sources = useSources();
  const manySources = sources.length > 1;
  const resolved = useResolvedFilters(sources, view.filters);
  const filters = resolved.filters ?? view.filters;
  const imports = useImports(sources, filters, autoRefresh, resolved.filters !== null && sources.length > 0, notify.on);
  const endings = useEndNotices(imports.ended, notify.on, openImport);
  const [started, setStarted] = useState<ImportRef | null>(null);
  const asked = useMemo(() => sourcesToAsk(sources, { ...filters, destination: null }), [sources, filters]);
  // Names wait for the listings: their pages need each source's 10 requests a second first.
  const { names, stores, error: storesError } = useDataStoreNames(asked, imports.rows, !imports.pending && !imports.loadingMore);
  const accountNames = useMemo(() => new Map(sources.map((s) => [s.account, s.accountName])), [sources]);
  // Named once per listing, so a search only filters, and clearing it gives back the same rows.
  const named = useMemo(() => withNames(imports.rows, names, accountNames), [imports.rows, names, accountNames]);
  // With each listing's search texts kept, a search of the table is quickest in the keystroke's own
  // render. Over more rows, and in the Timeline and Trends, whose redraw is slow, it is deferred, so
  // the keystroke is painted at once and a later one can interrupt the search's render.
  const deferredSearch = useDeferredValue(view.search);
  const search = view.display || named.length > DEFER_SEARCH_ABOVE ? deferredSearch : view.search;
  const tableRows = useMemo(() => searchImports(named, search, names, accountNames), [named, search, names, accountNames]);
  const opened = useMemo(() => findOpened(view.openImport, imports.rows, sources), [view.openImport, imports.rows, sources]);
  useDetailFocusReturn(opened, 'page-title');
  const filtered = hasFilters(filters) || view.search.trim() !== '';
  // A link may sort by Account or Region; with one source those columns are not shown.
  const linkBase = useMemo(() => ({ view, manySources }), [view, manySources]);
  const sort: SortState = !manySources && (view.sort.column === 'account' || view.sort.column === 'region') ? DEFAULT_SORT : view.sort;

  return (
    <ImportLinkContext value={linkBase}>
      <main className="page" aria-labelledby="page-title">
        <ImportsHeader
          count={imports.rows.length}
          refresh={{
            lastUpdated: imports.lastUpdated,
            failedAt: imports.failedAt,
            refreshing: imports.refreshing,
            onRefresh: () => void imports.refresh(),
            autoRefresh,
            onAutoRefreshChange: setAutoRefresh,
          }}
          notify={notify}
          readOnly={readOnly}
          onStarted={setStarted}
        />
        <EndNoticeBanners
          notices={endings.notices}
          started={started}
          onDismiss={endings.dismiss}
          onDismissStarted={() => setStarted(null)}
        />
        <ImportsBanners
          urlIssues={resolved.issue ? [...issues, resolved.issue] : issues}
          refreshError={report(imports.refreshError)}
          partialLoadError={report(imports.partialLoadError)}
          storesError={manySources ? null : report(storesError)}
          loadedCount={imports.rows.length}
          lastUpdated={imports.lastUpdated}
          nextAttemptAt={imports.nextAttemptAt}
          autoRefreshOn={autoRefresh > 0}
          onRetry={() => void imports.refresh()}
        />
        {manySources ? (
          <Suspense fallback={null}>
            <SourcesPanel
              states={imports.sources}
              notAsked={sources.length - imports.sources.length}
              onRetry={() => void imports.retry()}
            />
          </Suspense>
        ) : null}
        <StatusSummary
          rows={imports.rows}
          selected={filters.status}
          onSelect={(status) => setFilters({ ...filters, status })}
        />
        <section className="container" aria-label="Import list">
          <ImportsToolbar
            filters={filters}
            sources={manySources ? sources : null}
            search={view.search}
            stores={stores}
            names={names}
            shown={tableRows.length}
            loaded={imports.rows.length}
            pending={imports.pending}
            loadingMore={imports.loadingMore}
            filtered={filtered}
            onFiltersChange={setFilters}
            onSearchChange={setSearch}
            onClear={clearFilters}
            exportButtons={<ExportButtons rows={tableRows} names={names} />}
          />
          <ViewTabs value={view.display ?? 'table'} onChange={setDisplay} />
          <div className="view-panel" id={VIEW_PANEL_ID} role="tabpanel" aria-labelledby={viewTabId(view.display ?? 'table')}>
            <ListStates
              imports={imports}
              firstLoadError={report(imports.firstLoadError)}
              shown={tableRows.length}
              filtered={filtered}
              onClear={clearFilters}
            >
              {view.display ? (
                <ChartArea display={view.display} rows={tableRows} names={names} onOpen={(item) => openImport(refOf(item))} />
              ) : (
                <ImportsTable
                  rows={named}
                  found={tableRows === named ? null : tableRows}
                  sort={sort}
                  onSortChange={setSort}
                  viewKey={serializeView({ ...view, search })}
                  showSource={manySources}
                />
              )}
            </ListStates>
          </div>
        </section>
        {opened ? (
          <Suspense fallback={<div className="detail detail--loading" aria-busy="true" />}>
            <ImportDetailPanel
              key={importKey(opened)}
              importRef={opened}
              where={manySources ? whereOf(opened, sources) : null}
              refreshMs={autoRefresh}
              names={names}
              readOnly={readOnly}
              onClose={closeImport}
            />
          </Suspense>
        ) : null}
      </main>
    </ImportLinkContext>
  );
}

function withNames(
  rows: readonly ImportRow[],
  names: ReadonlyMap<string, string>,
  accountNames: ReadonlyMap<string, string>,
): ImportTableRow[] {
  return rows.map((row) => ({
    ...row,
    accountName: accountNames.get(row.account) ?? '',
    destinationNames: row.destinations.map((arn) => names.get(arn) ?? ''),
  }));
}

/**
 * The import a link opens. A link without account and region (from before the dashboard watched
 * several) opens the loaded import with that ID, or else the one in the default source.
 */
function findOpened(open: OpenImport | null, rows: readonly ImportRow[], sources: readonly Source[]): ImportRef | null {
  if (open === null) return null;
  if (open.account !== null && open.region !== null) return { id: open.id, account: open.account, region: open.region };
  const loaded = rows.find((row) => row.id === open.id);
  if (loaded) return { id: open.id, account: loaded.account, region: loaded.region };
  const fallback = sources[0];
  return fallback ? { id: open.id, account: fallback.account, region: fallback.region } : null;
}

function whereOf(ref: ImportRef, sources: readonly Source[]): string {
  const known = sources.find((s) => s.account === ref.account && s.region === ref.region);
  return sourceLabel(known ?? { ...ref, accountName: '' });
}
