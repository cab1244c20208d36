import type { ImportsListItem } from '@aws-sdk/client-cloudtrail';
import { expect, type Locator, type Page } from '@playwright/test';

export const DAY_MS = 86_400_000;

/** The Timeline and Trends views, found by role and label only. */
export class TimelineView {
  readonly tabs: Locator;
  readonly timeline: Locator;
  readonly bars: Locator;
  readonly lanes: Locator;
  readonly announcement: Locator;

  constructor(readonly page: Page) {
    this.tabs = page.getByRole('tablist', { name: 'View' });
    this.timeline = page.getByRole('figure', { name: / lanes? | No imports / });
    this.bars = page.getByRole('application', { name: /^Import bars/ });
    this.lanes = page.getByRole('list', { name: 'Lanes' });
    this.announcement = page.getByRole('status').filter({ hasText: /^(\S+ )+import [0-9a-f-]{36} in |^[\d,]+ imports in / });
  }

  tab(name: 'Table' | 'Timeline' | 'Trends'): Locator {
    return this.tabs.getByRole('tab', { name });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  figure(name: RegExp): Locator {
    return this.page.getByRole('figure', { name });
  }

  /** The data table a figure shows after "Show data table". */
  async dataTable(figure: Locator): Promise<Locator> {
    await figure.getByRole('button', { name: 'Show data table' }).click();
    const table = figure.getByRole('table');
    await expect(table).toBeVisible();
    return table;
  }

  /** How many days the timeline's summary says the window spans. */
  async shownDays(): Promise<number> {
    const label = (await this.timeline.getAttribute('aria-label')) ?? '';
    const days = /\((\d+) days\)|the last (\d+) days/.exec(label);
    return Number(days?.[1] ?? days?.[2] ?? Number.NaN);
  }

  /** Clicks the middle of an import's bar: its lane's row, at the time halfway through it, in the window shown. */
  async clickBar(laneName: string, item: ImportsListItem, window: { start: number; end: number }): Promise<void> {
    const lane = await this.lanes.getByRole('listitem').filter({ hasText: laneName }).boundingBox();
    const plot = await this.bars.boundingBox();
    if (!lane || !plot) throw new Error('the timeline is not on screen');
    const middle = ((item.CreatedTimestamp?.getTime() ?? 0) + (item.UpdatedTimestamp?.getTime() ?? 0)) / 2;
    const x = plot.x + ((middle - window.start) / (window.end - window.start)) * plot.width;
    await this.page.mouse.click(x, lane.y + lane.height / 2);
  }
}

/** Where the page's preset puts the window: the last N days up to now, and 2 % of that after now. */
export function presetWindow(days: number, now: number): { start: number; end: number } {
  const minute = Math.floor(now / 60_000) * 60_000;
  return { start: minute - days * DAY_MS, end: minute + days * DAY_MS * 0.02 };
}
