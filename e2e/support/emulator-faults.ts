import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { FaultSettings } from '../../emulator/fault-settings.ts';

/** Replaces the emulator's fault settings (emulator README, Faults); `{}` clears them. */
export async function setFaults(request: APIRequestContext, settings: FaultSettings): Promise<void> {
  const response = await request.post('/_emulator/faults', { data: settings });
  expect(response.status(), await response.text()).toBe(204);
}

/** How many requests met each fault since the settings were last set. */
export async function injectedFaults(request: APIRequestContext): Promise<Record<string, number>> {
  const response = await request.get('/_emulator/faults');
  expect(response.status()).toBe(200);
  const report: unknown = await response.json();
  const injected = typeof report === 'object' && report !== null && 'injected' in report ? report.injected : {};
  return typeof injected === 'object' && injected !== null ? Object.fromEntries(Object.entries(injected)) : {};
}

/** The full listing as the page received it: the IDs in every successful unfiltered ListImports answer. */
export interface ListingRecord {
  ids: string[];
  /** HTTP statuses of the CloudTrail answers that failed. */
  failures: number[];
}

export function recordListing(page: Page): ListingRecord {
  const record: ListingRecord = { ids: [], failures: [] };
  page.on('response', async (response) => {
    const request = response.request();
    const target = request.headers()['x-amz-target'] ?? '';
    if (!new URL(request.url()).pathname.startsWith('/cloudtrail')) return;
    if (response.status() >= 400) record.failures.push(response.status());
    const input: unknown = request.postDataJSON();
    const filtered = typeof input === 'object' && input !== null && ('ImportStatus' in input || 'Destination' in input);
    if (!target.endsWith('.ListImports') || filtered || response.status() !== 200) return;
    // An answer cut off part-way has no body to read; the page cannot have used it either.
    const body: unknown = await response.json().catch(() => undefined);
    record.ids.push(...importIds(body));
  });
  return record;
}

function importIds(body: unknown): string[] {
  const imports: unknown = typeof body === 'object' && body !== null && 'Imports' in body ? body.Imports : [];
  if (!Array.isArray(imports)) return [];
  return imports.map((item: unknown) =>
    typeof item === 'object' && item !== null && 'ImportId' in item ? String(item.ImportId) : '',
  );
}
