import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The imports dashboard as a person sees it: found by role and label only. */
export class ImportsPage {
  readonly table: Locator;
  readonly search: Locator;
  readonly status: Locator;
  readonly destination: Locator;
  readonly refresh: Locator;
  readonly autoRefresh: Locator;
  readonly alert: Locator;
  readonly summary: Locator;
  readonly lastUpdated: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Imports' });
    this.search = page.getByLabel('Search');
    this.status = page.getByLabel('Status', { exact: true });
    this.destination = page.getByLabel('Destination', { exact: true });
    this.refresh = page.getByRole('button', { name: 'Refresh' });
    this.autoRefresh = page.getByLabel('Auto-refresh');
    this.alert = page.getByRole('alert');
    this.summary = page.getByRole('region', { name: 'Imports by status' });
    this.lastUpdated = page.getByText(/^(Last updated|Not updated yet)/);
  }

  async open(search = ''): Promise<void> {
    await this.page.goto(`/${search}`);
  }

  /** Data rows only: the header row is the first row of the table. */
  get rows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  row(importId: string): Locator {
    return this.table.getByRole('row').filter({ hasText: importId });
  }

  count(): Locator {
    return this.page.getByText(/^(Showing [\d,]+ of [\d,]+ imports|Loading… [\d,]+ imports loaded so far)$/);
  }

  async expectCount(shown: number, loaded = shown, timeout?: number): Promise<void> {
    const text = `Showing ${shown.toLocaleString('en-US')} of ${loaded.toLocaleString('en-US')} imports`;
    await expect(this.page.getByText(text)).toBeVisible({ timeout });
  }

  columnHeader(name: string): Locator {
    return this.table.getByRole('columnheader', { name });
  }

  /** The import IDs of the rendered rows, top to bottom (the ID is the first thing in a row). */
  async renderedIds(): Promise<string[]> {
    const texts = await this.rows.allInnerTexts();
    return texts.map((text) => /[0-9a-f]{8}-[0-9a-f-]{27}/.exec(text)?.[0] ?? '');
  }
}
