import { GetImportCommand, paginateListImportFailures, type CloudTrailClient, type ImportFailureListItem } from '@aws-sdk/client-cloudtrail';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

export const FIGURES = {
  'Prefixes found': 'PrefixesFound',
  'Prefixes completed': 'PrefixesCompleted',
  'Files completed': 'FilesCompleted',
  'Events completed': 'EventsCompleted',
  'Failed entries': 'FailedEntries',
} as const;

/** The detail view of one import, found by role and label only. */
export class ImportDetailView {
  readonly panel: Locator;
  readonly progress: Locator;
  readonly close: Locator;
  readonly failures: Locator;
  readonly failureGroups: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: /^Import [0-9a-f-]{36}$/ });
    this.progress = this.panel.getByRole('progressbar', { name: 'Import progress (approximate)' });
    this.close = this.panel.getByRole('button', { name: 'Close import details' });
    this.failures = this.panel.getByRole('table', { name: 'Failures' });
    this.failureGroups = this.panel.getByRole('list', { name: 'Failures by error type' });
  }

  heading(importId: string): Locator {
    return this.panel.getByRole('heading', { name: `Import ${importId}` });
  }

  /** A labelled value: a figure such as "Prefixes found" or a fact such as "Bucket region"; its text starts with the label. */
  value(label: string): Locator {
    return this.panel.getByRole('group', { name: label, exact: true });
  }

  async expectValue(label: string, text: string): Promise<void> {
    await expect(this.value(label)).toHaveText(`${label}${text}`);
  }

  button(name: string): Locator {
    return this.panel.getByRole('button', { name, exact: true });
  }

  dialog(name: RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }
}

/** GetImport through the SDK, as the emulator answers it. */
export async function getImport(client: CloudTrailClient, importId: string) {
  return client.send(new GetImportCommand({ ImportId: importId }));
}

export async function listImportFailures(client: CloudTrailClient, importId: string): Promise<ImportFailureListItem[]> {
  const items: ImportFailureListItem[] = [];
  for await (const page of paginateListImportFailures({ client, pageSize: 1000 }, { ImportId: importId })) {
    items.push(...(page.Failures ?? []));
  }
  return items;
}

/** Whole percent of prefixes completed, as the dashboard rounds it. */
export function percentOf(stats: { PrefixesFound?: number; PrefixesCompleted?: number } | undefined): number {
  const found = stats?.PrefixesFound ?? 0;
  return found > 0 ? Math.floor(((stats?.PrefixesCompleted ?? 0) * 100) / found) : 0;
}

/** Clicks and waits for the file the click downloads, then reads it as text. */
export async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}
