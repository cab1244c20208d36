import { setTimeout as sleep } from 'node:timers/promises';

export type RequestKind = 'config' | 'list' | 'poll' | 'reread';

export interface Sample {
  kind: RequestKind;
  ms: number;
  /** Why the request failed, if it did. */
  error?: string;
}

export interface DashboardRun {
  /** Imports in the first full listing, and how many of those were repeats. */
  listed: number;
  repeats: number;
  polls: number;
}

interface Settings {
  url: string;
  intervalMs: number;
  /** Stop polling at this performance.now() instant. */
  until: number;
  startDelayMs: number;
  record: (sample: Sample) => void;
}

const ACTIVE = ['INITIALIZING', 'IN_PROGRESS'];
const PAGE_SIZE = 1000;

/**
 * One open dashboard as the page behaves (src/features/imports/api): the page config, the data
 * stores and every import once, then each interval one listing per active status and a GetImport
 * for each import that stopped being active. Requests are awsJson1_1, as the browser SDK sends them.
 */
export async function simulateDashboard(settings: Settings): Promise<DashboardRun> {
  const call = caller(settings);
  await sleep(settings.startDelayMs);
  await call('config', undefined, {});
  await listAll(call, 'list', 'ListEventDataStores', {}, 'EventDataStores');
  const ids = await listAll(call, 'list', 'ListImports', {}, 'Imports');
  let active = new Set<string>();
  let polls = 0;
  while (performance.now() + settings.intervalMs < settings.until) {
    await sleep(settings.intervalMs);
    const lists = ACTIVE.map((status) => listAll(call, 'poll', 'ListImports', { ImportStatus: status }, 'Imports'));
    const now = (await Promise.all(lists)).flat();
    const left = [...active].filter((id) => !now.includes(id));
    await Promise.all(left.map((id) => call('reread', 'GetImport', { ImportId: id })));
    active = new Set(now);
    polls += 1;
  }
  return { listed: ids.length, repeats: ids.length - new Set(ids).size, polls };
}

type Call = (kind: RequestKind, operation: string | undefined, input: object) => Promise<Record<string, unknown>>;

function caller({ url, record }: Settings): Call {
  return async (kind, operation, input) => {
    const started = performance.now();
    try {
      const response = operation
        ? await fetch(`${url}/cloudtrail/`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `CloudTrail_20131101.${operation}` },
            body: JSON.stringify(input),
          })
        : await fetch(`${url}/config`);
      const body: unknown = await response.json();
      if (!response.ok) {
        throw new Error(`${operation ?? 'config'}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
      }
      record({ kind, ms: performance.now() - started });
      return typeof body === 'object' && body !== null ? Object.fromEntries(Object.entries(body)) : {};
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      record({ kind, ms: performance.now() - started, error: message });
      throw error;
    }
  };
}

async function listAll(call: Call, kind: RequestKind, operation: string, filters: object, items: string): Promise<string[]> {
  const ids: string[] = [];
  let token: unknown;
  do {
    const page = await call(kind, operation, { ...filters, MaxResults: PAGE_SIZE, NextToken: token });
    const list = page[items];
    for (const item of Array.isArray(list) ? list : []) ids.push(idOf(item));
    token = page.NextToken;
  } while (typeof token === 'string' && token !== '');
  return ids;
}

function idOf(item: unknown): string {
  if (typeof item !== 'object' || item === null) return '';
  const id = 'ImportId' in item ? item.ImportId : 'EventDataStoreArn' in item ? item.EventDataStoreArn : '';
  return String(id);
}
