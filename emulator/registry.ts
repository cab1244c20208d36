import type { Operation } from './context.ts';
import { getEventDataStore } from './operations/get-event-data-store.ts';
import { getImport } from './operations/get-import.ts';
import { listEventDataStores } from './operations/list-event-data-stores.ts';
import { listImportFailures } from './operations/list-import-failures.ts';
import { listImports } from './operations/list-imports.ts';
import { startImport } from './operations/start-import.ts';
import { stopImport } from './operations/stop-import.ts';

export const OPERATIONS: ReadonlyMap<string, Operation> = new Map<string, Operation>([
  ['ListImports', listImports],
  ['GetImport', getImport],
  ['StartImport', startImport],
  ['StopImport', stopImport],
  ['ListImportFailures', listImportFailures],
  ['ListEventDataStores', listEventDataStores],
  ['GetEventDataStore', getEventDataStore],
]);
