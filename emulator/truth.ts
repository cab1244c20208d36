import { statusAt } from './lifecycle.ts';
import type { ImportRecord, ImportStatus } from './model.ts';
import type { Source } from './source.ts';
import type { SourceFaults } from './source-faults.ts';
import type { World } from './world.ts';

type Counts = { total: number; byStatus: Record<ImportStatus, number> };

// GET /_emulator/sources: every source and what a client should find there now (README, Control endpoint).
export function sourceReport(world: World, now: number): object {
  const listed = new Set(world.sources());
  return {
    now,
    sources: world.allSources().map((source) => ({ ...truthOf(source, world.sourceFaults, now), listed: listed.has(source) })),
  };
}

function truthOf(source: Source, faults: SourceFaults, now: number) {
  const { account, accountName, region, lake } = source;
  const fault = faults.peek(account, region) ?? null;
  if (!lake) return { account, accountName, region, lake, fault, seed: null, eventDataStores: [], imports: count([], now), activeImportId: null };
  const store = source.store();
  const byDestination = new Map<string, ImportRecord[]>();
  for (const record of store.imports) {
    const list = byDestination.get(record.destination) ?? [];
    list.push(record);
    byDestination.set(record.destination, list);
  }
  return {
    account,
    accountName,
    region,
    lake,
    fault,
    seed: source.seed,
    eventDataStores: store.dataStores.map(({ arn, name, organization }) => ({
      arn,
      name,
      organization,
      imports: count(byDestination.get(arn) ?? [], now),
    })),
    imports: count(store.imports, now),
    activeImportId: store.activeImport(now)?.id ?? null,
  };
}

function count(records: readonly ImportRecord[], now: number): Counts {
  const byStatus: Record<ImportStatus, number> = { INITIALIZING: 0, IN_PROGRESS: 0, FAILED: 0, STOPPED: 0, COMPLETED: 0 };
  for (const record of records) byStatus[statusAt(record, now)] += 1;
  return { total: records.length, byStatus };
}
