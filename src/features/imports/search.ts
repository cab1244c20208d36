import type { ImportRow } from './model.ts';

/** Client-side search over import ID, destination ARN and destination name; case-insensitive, every word must match. */
export function searchImports(
  rows: readonly ImportRow[],
  search: string,
  storeNames: ReadonlyMap<string, string>,
): readonly ImportRow[] {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const haystack = [row.id, ...row.destinations.flatMap((arn) => [arn, storeNames.get(arn) ?? ''])]
      .join(' ')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
