import type { ImportRow } from './model.ts';

/**
 * Client-side search over import ID, destination ARN and name, account ID and name, and region;
 * case-insensitive, every word must match.
 */
export function searchImports(
  rows: readonly ImportRow[],
  search: string,
  storeNames: ReadonlyMap<string, string>,
  accountNames: ReadonlyMap<string, string> = new Map(),
): readonly ImportRow[] {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const source = [row.account, accountNames.get(row.account) ?? '', row.region];
    const haystack = [row.id, ...row.destinations.flatMap((arn) => [arn, storeNames.get(arn) ?? '']), ...source]
      .join(' ')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
