import type { ReactNode } from 'react';
import type { EventDataStoreName } from '../api/list-event-data-stores.ts';
import type { Source } from '../../../lib/source.ts';
import type { ImportFilters } from '../filters.ts';
import type { KnownImportStatus } from '../model.ts';
import { DestinationFilter } from './destination-filter.tsx';
import { SearchBox } from './search-box.tsx';
import { SourceFilters } from './source-filters.tsx';
import { StatusFilter } from './status-filter.tsx';

interface ImportsToolbarProps {
  filters: ImportFilters;
  /** Every source watched, when there are several; null hides the Account and Region filters. */
  sources: readonly Source[] | null;
  search: string;
  stores: readonly EventDataStoreName[] | null;
  names: ReadonlyMap<string, string>;
  shown: number;
  loaded: number;
  pending: boolean;
  loadingMore: boolean;
  filtered: boolean;
  onFiltersChange: (filters: ImportFilters) => void;
  onSearchChange: (text: string) => void;
  onClear: () => void;
  exportButtons: ReactNode;
}

export function ImportsToolbar(props: ImportsToolbarProps) {
  const { filters, onFiltersChange } = props;
  return (
    <div className="toolbar">
      <SearchBox value={props.search} onChange={props.onSearchChange} />
      <StatusFilter
        value={filters.status}
        onChange={(status: KnownImportStatus | null) => onFiltersChange({ ...filters, status })}
      />
      {props.sources ? <SourceFilters sources={props.sources} filters={filters} onChange={onFiltersChange} /> : null}
      <DestinationFilter
        value={filters.destination}
        stores={props.stores}
        names={props.names}
        onChange={(destination) => onFiltersChange({ ...filters, destination })}
      />
      <div className="toolbar__end">
        <p className="toolbar__count" aria-live="polite">
          {props.pending
            ? 'Loading imports…'
            : props.loadingMore
              ? `Loading… ${props.loaded.toLocaleString()} imports loaded so far`
              : `Showing ${props.shown.toLocaleString()} of ${props.loaded.toLocaleString()} imports`}
        </p>
        {/* With nothing shown, the "no match" panel offers the same button. */}
        {props.filtered && props.shown > 0 ? (
          <button type="button" className="button button--link" onClick={props.onClear}>
            Clear filters
          </button>
        ) : null}
        {props.exportButtons}
      </div>
    </div>
  );
}
