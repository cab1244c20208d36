import { retryRun, statusAt } from './lifecycle.ts';
import { isActive, type EventDataStore, type ImportRecord, type ImportStatus } from './model.ts';
import type { Random } from './random.ts';

export type SortKey = Pick<ImportRecord, 'createdMs' | 'id'>;

// newest CreatedTimestamp first, ties by ImportId
function compareImports(a: SortKey, b: SortKey): number {
  return b.createdMs - a.createdMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// index of the first import in `list` (sorted with compareImports) that sorts after `key`
export function indexAfter(list: readonly ImportRecord[], key: SortKey): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const item = list[mid];
    if (item && compareImports(item, key) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

// Only one import runs at a time, and an ended import changes only when retried. So every import
// is either the running one or sits in the sorted list of its ended status, which keeps status
// filters over 100,000 imports to a scan of one list.
export class Store {
  readonly dataStores: readonly EventDataStore[];
  // every import, sorted with compareImports
  readonly imports: ImportRecord[];
  // draws the plans and ids of imports started through the API
  readonly random: Random;
  private readonly byId = new Map<string, ImportRecord>();
  private readonly ended = new Map<ImportStatus, ImportRecord[]>();
  private running: ImportRecord | undefined;

  constructor(dataStores: readonly EventDataStore[], imports: ImportRecord[], random: Random, now: number) {
    this.dataStores = dataStores;
    this.imports = imports.sort(compareImports);
    this.random = random;
    for (const record of this.imports) {
      this.byId.set(record.id, record);
      this.place(record, now);
    }
  }

  get(id: string): ImportRecord | undefined {
    return this.byId.get(id);
  }

  activeImport(now: number): ImportRecord | undefined {
    const running = this.running;
    if (!running || isActive(statusAt(running, now))) return running;
    this.running = undefined;
    this.place(running, now);
    return undefined;
  }

  // imports with `status` at `now`, sorted with compareImports
  withStatus(status: ImportStatus, now: number): readonly ImportRecord[] {
    const running = this.activeImport(now);
    if (!isActive(status)) return this.ended.get(status) ?? [];
    return running && statusAt(running, now) === status ? [running] : [];
  }

  // a new import; the caller has checked that none is active
  start(record: ImportRecord, now: number): void {
    this.activeImport(now);
    this.imports.splice(indexAfter(this.imports, record), 0, record);
    this.byId.set(record.id, record);
    this.running = record;
  }

  // a FAILED or STOPPED import; the caller has checked that none is active
  retry(record: ImportRecord, now: number): void {
    this.activeImport(now);
    const list = this.ended.get(statusAt(record, now)) ?? [];
    const index = indexAfter(list, record) - 1;
    if (list[index] === record) list.splice(index, 1);
    retryRun(record, now);
    this.running = record;
  }

  private place(record: ImportRecord, now: number): void {
    const status = statusAt(record, now);
    if (isActive(status)) {
      this.running = record;
      return;
    }
    const list = this.ended.get(status) ?? [];
    this.ended.set(status, list);
    const index = indexAfter(list, record);
    if (index === list.length) list.push(record);
    else list.splice(index, 0, record);
  }
}
