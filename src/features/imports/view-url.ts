import { checkDestinationArn, isAccountId, isRegionName, normalizeFilters, type ImportFilters } from './filters.ts';
import { IMPORT_STATUSES, isKnownStatus } from './model.ts';

export const SORT_COLUMNS = ['id', 'account', 'region', 'status', 'destinations', 'created', 'updated', 'duration'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

// Which view of the imports the page shows; the table is the default and stays out of the URL.
export const DISPLAYS = ['table', 'timeline', 'trends'] as const;
export type Display = (typeof DISPLAYS)[number];

export interface SortState {
  column: SortColumn;
  desc: boolean;
}

export interface ViewState {
  filters: ImportFilters;
  search: string;
  sort: SortState;
  /** The import open in the detail view. */
  openImport: OpenImport | null;
  /** The timeline or the trends instead of the table; absent for the table. */
  display?: Exclude<Display, 'table'>;
}

/** An import named by a link: its source may be left out (older links), then the page finds it. */
export interface OpenImport {
  id: string;
  account: string | null;
  region: string | null;
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
  const account = params.get('account');
  if (account !== null && account !== '' && !isAccountId(account)) {
    issues.push(`Ignored account "${clip(account)}": an AWS account ID is 12 digits.`);
  }
  const region = params.get('region');
  if (region !== null && region !== '' && !isRegionName(region)) {
    issues.push(`Ignored region "${clip(region)}": a region name looks like us-east-1.`);
  }
  const openImport = parseOpenImport(params, issues);
  const display = parseDisplay(params, issues);
  return {
    view: {
      filters: normalizeFilters({ status, destination, account, region }),
      search: searchText,
      sort: sort ?? DEFAULT_SORT,
      openImport,
      ...(display ? { display } : {}),
    },
    issues,
  };
}

function parseDisplay(params: URLSearchParams, issues: string[]): Exclude<Display, 'table'> | null {
  const text = params.get('view');
  if (text === null || text === '' || text === 'table') return null;
  if (text === 'timeline' || text === 'trends') return text;
  issues.push(`Ignored view "${clip(text)}": use ${DISPLAYS.join(', ')}.`);
  return null;
}

function parseOpenImport(params: URLSearchParams, issues: string[]): OpenImport | null {
  const importText = params.get('import');
  const id = importText !== null && IMPORT_ID.test(importText) ? importText : null;
  if (importText !== null && importText !== '' && id === null) {
    issues.push(`Ignored import "${clip(importText)}": an import ID is 36 characters of 0-9, a-f and hyphens.`);
  }
  if (id === null) return null;
  const account = params.get('importAccount');
  const region = params.get('importRegion');
  const sourceGiven = account !== null || region !== null;
  if (sourceGiven && !(account !== null && isAccountId(account) && region !== null && isRegionName(region))) {
    issues.push(`Ignored the account and region of import ${id}: they must be a 12-digit account ID and a region name.`);
    return { id, account: null, region: null };
  }
  return { id, account, region };
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
  if (view.filters.account) params.set('account', view.filters.account);
  if (view.filters.region) params.set('region', view.filters.region);
  if (view.search) params.set('q', view.search);
  if (view.sort.column !== DEFAULT_SORT.column || view.sort.desc !== DEFAULT_SORT.desc) {
    params.set('sort', `${view.sort.column}.${view.sort.desc ? 'desc' : 'asc'}`);
  }
  if (view.display) params.set('view', view.display);
  if (view.openImport) {
    params.set('import', view.openImport.id);
    if (view.openImport.account && view.openImport.region) {
      params.set('importAccount', view.openImport.account);
      params.set('importRegion', view.openImport.region);
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
