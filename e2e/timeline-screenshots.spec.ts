import { expect, FIXED_NOW, test } from './support/fixtures.ts';

// `SCREENSHOT_DIR=docs/screenshots npx playwright test timeline-screenshots` refreshes the pictures in the docs.
const shots = [
  { view: 'timeline', colorScheme: 'light', file: 'timeline-light.png' },
  { view: 'timeline', colorScheme: 'dark', file: 'timeline-dark.png' },
  { view: 'trends', colorScheme: 'light', file: 'trends-light.png' },
  { view: 'trends', colorScheme: 'dark', file: 'trends-dark.png' },
] as const;

for (const shot of shots) {
  test(`the ${shot.view} on the demo data in the ${shot.colorScheme} scheme (${shot.file})`, async ({ page, importsPage: ui }) => {
    await page.setViewportSize({ width: 1280, height: shot.view === 'trends' ? 1400 : 900 });
    await page.emulateMedia({ colorScheme: shot.colorScheme });
    await page.clock.install({ time: FIXED_NOW + 45_000 });
    await ui.open(`?view=${shot.view}`);
    await ui.expectCount(60);
    const figure = page.getByRole('figure').first();
    await expect(figure).toHaveAccessibleName(/imports/);
    if (shot.view === 'timeline') await page.getByRole('button', { name: '90 days' }).click();
    await expect(page.getByText(/^Last updated \d\d:\d\d:\d\d/)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    const dir = process.env.SCREENSHOT_DIR;
    await page.screenshot({ path: dir ? `${dir}/${shot.file}` : test.info().outputPath(shot.file), fullPage: shot.view === 'trends' });
  });
}
