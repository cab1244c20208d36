import type { ImportRow } from './model.ts';

type Names = ReadonlyMap<string, string>;

const NO_NAMES: Names = new Map();
// Each listing's searchable texts, made on its first search and kept for every keystroke after:
// one lookup per search instead of one per row.
const indexes = new WeakMap<readonly ImportRow[], { storeNames: Names; accountNames: Names; texts: string[] }>();

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
  const texts = textsOf(rows, storeNames, accountNames);
  return rows.filter((_, index) => words.every((word) => texts[index].includes(word)));
}

function textsOf(rows: readonly ImportRow[], storeNames: Names, accountNames: Names): string[] {
  const cached = indexes.get(rows);
  if (cached && cached.storeNames === storeNames && cached.accountNames === accountNames) return cached.texts;
  const texts = rows.map((row) => searchText(row, storeNames, accountNames));
  indexes.set(rows, { storeNames, accountNames, texts });
  return texts;
}

function searchText(row: ImportRow, storeNames: Names, accountNames: Names): string {
  let text = `${row.id} ${row.account} ${accountNames.get(row.account) ?? ''} ${row.region}`;
  for (const arn of row.destinations) text += ` ${arn} ${storeNames.get(arn) ?? ''}`;
  return text.toLowerCase();
}
