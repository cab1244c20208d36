import { expect, FIXED_NOW, test } from './support/fixtures.ts';

// `SCREENSHOT_DIR=docs/screenshots npx playwright test screenshots` refreshes the pictures in the docs;
// otherwise they go to the test's output folder.
const layouts = [
  { file: 'dashboard-light-1280.png', width: 1280, colorScheme: 'light' },
  { file: 'dashboard-dark-1280.png', width: 1280, colorScheme: 'dark' },
  { file: 'dashboard-768.png', width: 768, colorScheme: 'light' },
] as const;

for (const layout of layouts) {
  test(`the dashboard fits ${layout.width} px in the ${layout.colorScheme} scheme (${layout.file})`, async ({
    page,
    importsPage: ui,
  }) => {
    await page.setViewportSize({ width: layout.width, height: 860 });
    await page.emulateMedia({ colorScheme: layout.colorScheme });
    await page.clock.install({ time: FIXED_NOW + 45_000 });
    await ui.open();
    await ui.expectCount(60);
    await expect(page.getByText(/^Last updated \d\d:\d\d:\d\d/)).toBeVisible();
    // The page itself never scrolls sideways; only the table does, inside its own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(layout.width);
    const dir = process.env.SCREENSHOT_DIR;
    await page.screenshot({ path: dir ? `${dir}/${layout.file}` : test.info().outputPath(layout.file) });
  });
}
