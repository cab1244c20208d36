import { listImports } from './support/emulator-data.ts';
import { expect, FIXED_NOW, test } from './support/fixtures.ts';
import { ImportDetailView } from './support/import-detail.ts';

// `SCREENSHOT_DIR=docs/screenshots npx playwright test timeline-screenshots` refreshes the pictures in the docs.
const schemes = ['light', 'dark'] as const;
const shotPath = (file: string) => (process.env.SCREENSHOT_DIR ? `${process.env.SCREENSHOT_DIR}/${file}` : test.info().outputPath(file));

for (const colorScheme of schemes) {
  test(`the timeline of 1,000 imports over 30 days in the ${colorScheme} scheme (timeline-${colorScheme}.png)`, async ({
    page,
    importsPage: ui,
    emulator,
  }) => {
    await emulator.reset({ imports: 1000 });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme });
    await page.clock.install({ time: FIXED_NOW + 45_000 });
    await ui.open('?view=timeline');
    await ui.expectCount(1000);
    await page.getByRole('button', { name: '30 days', exact: true }).click();
    await expect(page.getByRole('figure', { name: / in 4 lanes in the last 30 days / })).toBeVisible();
    await expect(page.getByText(/^Last updated \d\d:\d\d:\d\d/)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: shotPath(`timeline-${colorScheme}.png`) });
  });

  test(`the trends of the demo data, with some failures and every statistic loaded, in the ${colorScheme} scheme (trends-${colorScheme}.png)`, async ({
    page,
    importsPage: ui,
    cloudtrail,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1280, height: 1560 });
    await page.emulateMedia({ colorScheme });
    await page.clock.install({ time: FIXED_NOW + 45_000 });
    const failed = (await listImports(cloudtrail, { ImportStatus: 'FAILED' })).slice(0, 6);
    const detail = new ImportDetailView(page);
    await ui.open('?view=trends');
    await ui.expectCount(60);
    // Opening a failed import loads its failures, which the failures chart then counts.
    for (const item of failed) {
      await page.evaluate((id) => {
        window.history.pushState(null, '', `?view=trends&import=${id}`);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, item.ImportId ?? '');
      await expect(detail.heading(item.ImportId ?? '')).toBeVisible();
      await expect(detail.failureGroups.or(detail.panel.getByText(/no failures/i))).toBeVisible();
      await detail.close.click();
    }
    await page.getByRole('button', { name: /^Load statistics for the \d+ imports shown/ }).click();
    await expect(page.getByText('Statistics are known for every import shown.')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('figure', { name: /events imported over \d+ days in the 60 imports/ })).toBeVisible();
    await page.screenshot({ path: shotPath(`trends-${colorScheme}.png`) });
  });
}
