import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const PROBE_SCRIPT = fileURLToPath(new URL('./page-probe.browser.js', import.meta.url));

/** One change of the dashboard's count line ("Showing 10 of 60 imports"), or a user input. */
export interface ProbeEvent {
  kind: 'count' | 'input' | 'first-row';
  text: string;
  /** performance.now() when the DOM changed, and after the next paint. */
  at: number;
  paintedAt?: number;
}

/**
 * Watches the page from its first byte (page-probe.browser.js): when the Imports table gets its first
 * data row, every change of the count line, and every input or change event. Times are
 * performance.now(), which counts from the start of the navigation.
 */
export async function installProbe(page: Page): Promise<void> {
  await page.addInitScript({ path: PROBE_SCRIPT });
}

/** Resolves once the count line has said `text`, without polling the page. */
export async function probeShown(page: Page, text: string, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the page did not show "${text}" within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([page.evaluate(`window.__benchShown(${JSON.stringify(text)})`), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function probeEvents(page: Page): Promise<ProbeEvent[]> {
  const events: unknown = await page.evaluate(() => Reflect.get(window, '__benchEvents'));
  return Array.isArray(events) ? events.filter(isProbeEvent) : [];
}

function isProbeEvent(value: unknown): value is ProbeEvent {
  return typeof value === 'object' && value !== null && 'kind' in value && 'at' in value && typeof value.at === 'number';
}

/** When an event was painted, or seen if no paint was recorded. */
export function shownAt(event: ProbeEvent | undefined): number {
  if (!event) return Number.NaN;
  return event.paintedAt ?? event.at;
}

export function showing(count: number, of = count): string {
  return `Showing ${count.toLocaleString('en-US')} of ${of.toLocaleString('en-US')} imports`;
}
