import { progress } from './lifecycle.ts';
import { isActive, type EventDataStore, type ImportRecord } from './model.ts';
import type { Random } from './random.ts';

export type SortKey = Pick<ImportRecord, 'createdMs' | 'id'>;

// newest CreatedTimestamp first, ties by ImportId
export function compareImports(a: SortKey, b: SortKey): number {
  return b.createdMs - a.createdMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export class Store {
  readonly dataStores: readonly EventDataStore[];
  // kept sorted with compareImports, so a page is a slice from a binary-searched start
  readonly imports: ImportRecord[];
  // draws the plans and ids of imports started through the API
  readonly random: Random;
  private readonly byId = new Map<string, ImportRecord>();
  private lastStarted: ImportRecord | undefined;

  constructor(dataStores: readonly EventDataStore[], imports: ImportRecord[], random: Random) {
    this.dataStores = dataStores;
    this.imports = imports.sort(compareImports);
    this.random = random;
    for (const record of imports) this.byId.set(record.id, record);
    this.lastStarted = imports.reduce<ImportRecord | undefined>(
      (latest, record) => (latest && latest.run.startMs >= record.run.startMs ? latest : record),
      undefined,
    );
  }

  get(id: string): ImportRecord | undefined {
    return this.byId.get(id);
  }

  add(record: ImportRecord): void {
    this.imports.splice(this.indexAfter(record), 0, record);
    this.byId.set(record.id, record);
    this.lastStarted = record;
  }

  started(record: ImportRecord): void {
    this.lastStarted = record;
  }

  // Only one import runs at a time, so the one started last is the only one that can be active.
  activeImport(now: number): ImportRecord | undefined {
    const last = this.lastStarted;
    return last && isActive(progress(last, now).status) ? last : undefined;
  }

  // index of the first import that sorts after `key`
  indexAfter(key: SortKey): number {
    let low = 0;
    let high = this.imports.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const item = this.imports[mid];
      if (item && compareImports(item, key) <= 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
