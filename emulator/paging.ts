// Neither the model nor the docs give a default page size; the emulator's choice (README).
export const DEFAULT_PAGE_SIZE = 50;

export interface Page<T> {
  readonly items: T[];
  readonly more: boolean;
}

// Scans from `start` for one page of matches, and one match beyond it to know whether more follow.
export function collect<T>(items: readonly T[], start: number, size: number, keep: (item: T) => boolean): Page<T> {
  const page: T[] = [];
  for (let i = start; i < items.length; i++) {
    const item = items[i];
    if (item === undefined || !keep(item)) continue;
    if (page.length === size) return { items: page, more: true };
    page.push(item);
  }
  return { items: page, more: false };
}
