import { useDeferredValue, useMemo } from 'react';
import { describeError } from '../../../lib/aws-error-copy.ts';
import { CLOUDTRAIL_ENDPOINT } from '../../../lib/cloudtrail-client.ts';
import { hasFilters } from '../filters.ts';
import { useAutoRefresh } from '../hooks/use-auto-refresh.ts';
import { useDataStoreNames } from '../hooks/use-data-store-names.ts';
import { useImports } from '../hooks/use-imports.ts';
import { useResolvedFilters } from '../hooks/use-resolved-filters.ts';
import { useViewState } from '../hooks/use-view-state.ts';
import type { ImportRow } from '../model.ts';
import { searchImports } from '../search.ts';
import { serializeView } from '../view-url.ts';
import type { ImportTableRow } from './import-columns.tsx';
import { ImportsBanners } from './imports-banners.tsx';
import { ImportsTableArea } from './imports-table-area.tsx';
import { ImportsToolbar } from './imports-toolbar.tsx';
import { RefreshControls } from './refresh-controls.tsx';
import { StatusSummary } from './status-summary.tsx';

const report = (error: unknown) => (error ? describeError(error, CLOUDTRAIL_ENDPOINT) : null);

/** The main screen: every import in the account, filtered, searchable and kept fresh. */
export function ImportsPage() {
  const { view, issues, setFilters, setSearch, setSort, clearFilters } = useViewState();
  const [autoRefresh, setAutoRefresh] = useAutoRefresh();
  const resolved = useResolvedFilters(view.filters);
  const filters = resolved.filters ?? view.filters;
  const imports = useImports(filters, autoRefresh, resolved.filters !== null);
  const { names, stores, error: storesError } = useDataStoreNames(imports.rows, filters.destination);
  const search = useDeferredValue(view.search);
  const tableRows = useMemo(
    () => withNames(searchImports(imports.rows, search, names), names),
    [imports.rows, search, names],
  );
  const filtered = hasFilters(filters) || view.search.trim() !== '';

  return (
    <main className="page" aria-labelledby="page-title">
      <div className="page__header">
        <h1 id="page-title">
          Imports <span className="page__count">({imports.rows.length.toLocaleString()})</span>
        </h1>
        <RefreshControls
          lastUpdated={imports.lastUpdated}
          failedAt={imports.failedAt}
          refreshing={imports.refreshing}
          onRefresh={() => void imports.refresh()}
          autoRefresh={autoRefresh}
          onAutoRefreshChange={setAutoRefresh}
        />
      </div>
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
    </main>
  );
}

function withNames(rows: readonly ImportRow[], names: ReadonlyMap<string, string>): ImportTableRow[] {
  return rows.map((row) => ({ ...row, destinationNames: row.destinations.map((arn) => names.get(arn) ?? '') }));
}
