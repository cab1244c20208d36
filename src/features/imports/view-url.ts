import { checkDestinationArn, normalizeFilters, type ImportFilters } from './filters.ts';
import { IMPORT_STATUSES, isKnownStatus } from './model.ts';

export const SORT_COLUMNS = ['id', 'status', 'destinations', 'created', 'updated', 'duration'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface SortState {
  column: SortColumn;
  desc: boolean;
}

export interface ViewState {
  filters: ImportFilters;
  search: string;
  sort: SortState;
  /** The import open in the detail view. */
  importId: string | null;
}

export const DEFAULT_SORT: SortState = { column: 'created', desc: true };
export const MAX_SEARCH_LENGTH = 200;
// ImportId in the CloudTrail model: 36 characters, pattern ^[a-f0-9\-]+$
const IMPORT_ID = /^[a-f0-9-]{36}$/;

export interface ParsedView {
  view: ViewState;
  /** One sentence per ignored parameter, for the notice above the table. */
  issues: string[];
}

export function parseViewUrl(search: string): ParsedView {
  const params = new URLSearchParams(search);
  const issues: string[] = [];
  const status = params.get('status');
  if (status !== null && status !== '' && !isKnownStatus(status)) {
    issues.push(`Ignored status "${clip(status)}": CloudTrail knows ${IMPORT_STATUSES.join(', ')}.`);
  }
  const destination = params.get('destination');
  if (destination !== null && destination !== '') {
    const check = checkDestinationArn(destination);
    if (!check.ok) issues.push(`Ignored destination "${clip(destination)}": ${check.reason}`);
  }
  let searchText = params.get('q') ?? '';
  if (searchText.length > MAX_SEARCH_LENGTH) {
    issues.push(`Shortened the search text to ${MAX_SEARCH_LENGTH} characters.`);
    searchText = searchText.slice(0, MAX_SEARCH_LENGTH);
  }
  const sortText = params.get('sort');
  const sort = sortText ? parseSort(sortText) : DEFAULT_SORT;
  if (sort === null) {
    issues.push(`Ignored sort "${clip(sortText ?? '')}": use a column (${SORT_COLUMNS.join(', ')}) with .asc or .desc.`);
  }
  const importText = params.get('import');
  const importId = importText !== null && IMPORT_ID.test(importText) ? importText : null;
  if (importText !== null && importText !== '' && importId === null) {
    issues.push(`Ignored import "${clip(importText)}": an import ID is 36 characters of 0-9, a-f and hyphens.`);
  }
  return {
    view: { filters: normalizeFilters({ status, destination }), search: searchText, sort: sort ?? DEFAULT_SORT, importId },
    issues,
  };
}

function parseSort(text: string): SortState | null {
  const [column, direction, ...rest] = text.split('.');
  const known = SORT_COLUMNS.find((c) => c === column);
  if (!known || rest.length > 0 || (direction !== 'asc' && direction !== 'desc')) return null;
  return { column: known, desc: direction === 'desc' };
}

/** Query string for a view; defaults are left out so a plain link stays plain. */
export function serializeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.filters.status) params.set('status', view.filters.status);
  if (view.filters.destination) params.set('destination', view.filters.destination);
  if (view.search) params.set('q', view.search);
  if (view.sort.column !== DEFAULT_SORT.column || view.sort.desc !== DEFAULT_SORT.desc) {
    params.set('sort', `${view.sort.column}.${view.sort.desc ? 'desc' : 'asc'}`);
  }
  if (view.importId) params.set('import', view.importId);
  const text = params.toString();
  return text ? `?${text}` : '';
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
