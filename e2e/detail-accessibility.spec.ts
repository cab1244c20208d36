import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { listImports } from './support/emulator-data.ts';
import { expect, FIXED_NOW, test } from './support/fixtures.ts';
import { ImportDetailView } from './support/import-detail.ts';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the detail view, its dialogs and the start form have no serious or critical accessibility violations in the ${colorScheme} scheme`, async ({
    page,
    importsPage: ui,
    cloudtrail,
  }) => {
    // Three full axe scans: on a busy 2-core machine they alone can take most of the default 30 s.
    test.slow();
    await page.emulateMedia({ colorScheme });
    await page.clock.install({ time: FIXED_NOW });
    const [active] = await listImports(cloudtrail, { ImportStatus: 'IN_PROGRESS' });
    const [failed] = await listImports(cloudtrail, { ImportStatus: 'FAILED' });
    const detail = new ImportDetailView(page);

    await ui.open(`?import=${failed.ImportId}`);
    await expect(detail.failures).toBeVisible();
    await expect(ui.row(active.ImportId ?? '').getByRole('progressbar')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await detail.button('Retry import').click();
    await expect(detail.dialog(/^Retry import/)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(detail.dialog(/^Retry import/)).toBeHidden();
    await expect(detail.button('Retry import')).toBeFocused();
    await detail.close.click();

    await page.getByRole('button', { name: 'Start import' }).click();
    const form = page.getByRole('dialog', { name: 'Start import' });
    await form.getByRole('button', { name: 'Start import' }).click();
    await expect(form.getByLabel('S3 source URI')).toHaveAttribute('aria-invalid', 'true');
    expect(await seriousViolations(page)).toEqual([]);
  });
}
