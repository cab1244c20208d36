import type { ImportRow } from './model.ts';

type Names = ReadonlyMap<string, string>;

const NO_NAMES: Names = new Map();
// Each row's searchable text, made once per row and set of names rather than on every keystroke.
const haystacks = new WeakMap<ImportRow, { storeNames: Names; accountNames: Names; text: string }>();

/**
 * Client-side search over import ID, destination ARN and name, account ID and name, and region;
 * case-insensitive, every word must match.
 */
export function searchImports<Row extends ImportRow>(
  rows: readonly Row[],
  search: string,
  storeNames: Names,
  accountNames: Names = NO_NAMES,
): readonly Row[] {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const haystack = haystackOf(row, storeNames, accountNames);
    return words.every((word) => haystack.includes(word));
  });
}

function haystackOf(row: ImportRow, storeNames: Names, accountNames: Names): string {
  const cached = haystacks.get(row);
  if (cached && cached.storeNames === storeNames && cached.accountNames === accountNames) return cached.text;
  const source = [row.account, accountNames.get(row.account) ?? '', row.region];
  const text = [row.id, ...row.destinations.flatMap((arn) => [arn, storeNames.get(arn) ?? '']), ...source].join(' ').toLowerCase();
  haystacks.set(row, { storeNames, accountNames, text });
  return text;
}
