import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { describeError } from '../../../lib/aws-error-copy.ts';
import { CLOUDTRAIL_ENDPOINT } from '../../../lib/cloudtrail-client.ts';
import { useReadOnly } from '../../../lib/use-page-config.ts';
import { ExportButtons } from '../export/export-buttons.tsx';
import { hasFilters } from '../filters.ts';
import { useAutoRefresh } from '../hooks/use-auto-refresh.ts';
import { useDataStoreNames } from '../hooks/use-data-store-names.ts';
import { useDetailFocusReturn } from '../hooks/use-detail-focus-return.ts';
import { useImports } from '../hooks/use-imports.ts';
import { useResolvedFilters } from '../hooks/use-resolved-filters.ts';
import { useViewState } from '../hooks/use-view-state.ts';
import type { ImportRow } from '../model.ts';
import { EndNoticeBanners } from '../notices/end-notice-banners.tsx';
import { useEndNotices } from '../notices/use-end-notices.ts';
import { useNotifySetting } from '../notices/use-notify-setting.ts';
import { searchImports } from '../search.ts';
import { serializeView } from '../view-url.ts';
import type { ImportTableRow } from './import-columns.tsx';
import { ImportsBanners } from './imports-banners.tsx';
import { ImportsHeader } from './imports-header.tsx';
import { ImportsTableArea } from './imports-table-area.tsx';
import { ImportsToolbar } from './imports-toolbar.tsx';
import { StatusSummary } from './status-summary.tsx';

const ImportDetailPanel = lazy(() => import('../detail/import-detail-panel.tsx'));
const report = (error: unknown) => (error ? describeError(error, CLOUDTRAIL_ENDPOINT) : null);

/** The main screen: every import in the account, filtered, searchable and kept fresh. */
export function ImportsPage() {
  const { view, issues, setFilters, setSearch, setSort, clearFilters, openImport, closeImport } = useViewState();
  const [autoRefresh, setAutoRefresh] = useAutoRefresh();
  const notify = useNotifySetting();
  const readOnly = useReadOnly();
  const resolved = useResolvedFilters(view.filters);
  const filters = resolved.filters ?? view.filters;
  const imports = useImports(filters, autoRefresh, resolved.filters !== null, notify.on);
  const endings = useEndNotices(imports.ended, notify.on, openImport);
  const [started, setStarted] = useState<string | null>(null);
  useDetailFocusReturn(view.importId, 'page-title');
  const { names, stores, error: storesError } = useDataStoreNames(imports.rows);
  const search = useDeferredValue(view.search);
  const tableRows = useMemo(
    () => withNames(searchImports(imports.rows, search, names), names),
    [imports.rows, search, names],
  );
  const filtered = hasFilters(filters) || view.search.trim() !== '';

  return (
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
        storesError={report(storesError)}
        loadedCount={imports.rows.length}
        lastUpdated={imports.lastUpdated}
        nextAttemptAt={imports.nextAttemptAt}
        autoRefreshOn={autoRefresh > 0}
        onRetry={() => void imports.refresh()}
      />
      <StatusSummary
        rows={imports.rows}
        selected={filters.status}
        onSelect={(status) => setFilters({ ...filters, status })}
      />
      <section className="container" aria-label="Import list">
        <ImportsToolbar
          filters={filters}
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
        <ImportsTableArea
          imports={imports}
          firstLoadError={report(imports.firstLoadError)}
          rows={tableRows}
          filtered={filtered}
          sort={view.sort}
          onSortChange={setSort}
          onClear={clearFilters}
          viewKey={serializeView({ ...view, search })}
        />
      </section>
      {view.importId ? (
        <Suspense fallback={<div className="detail detail--loading" aria-busy="true" />}>
          <ImportDetailPanel
            importId={view.importId}
            refreshMs={autoRefresh}
            names={names}
            readOnly={readOnly}
            onClose={closeImport}
          />
        </Suspense>
      ) : null}
    </main>
  );
}

function withNames(rows: readonly ImportRow[], names: ReadonlyMap<string, string>): ImportTableRow[] {
  return rows.map((row) => ({ ...row, destinationNames: row.destinations.map((arn) => names.get(arn) ?? '') }));
}
