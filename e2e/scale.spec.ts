import { StopImportCommand } from '@aws-sdk/client-cloudtrail';
import { listImports } from './support/emulator-data.ts';
import { expect, FIXED_NOW, test } from './support/fixtures.ts';
import { startImportElsewhere } from './support/start-import.ts';

// Rows in view plus overscan; far below 5,000 whatever the window size in this test.
const MAX_RENDERED_ROWS = 60;

test('5,000 imports stay smooth: only a bounded number of rows is ever in the page', async ({
  page,
  importsPage: ui,
  emulator,
  cloudtrail,
}) => {
  await emulator.reset({ imports: 5_000 });
  await page.clock.install({ time: FIXED_NOW });
  await ui.open();
  await ui.expectCount(5_000);
  await expect(ui.table).toHaveAttribute('aria-rowcount', '5001');
  const rendered = await ui.rows.count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThanOrEqual(MAX_RENDERED_ROWS);

  await test.step('scrolling to the end renders the last rows, still a bounded number', async () => {
    await ui.table.hover();
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 40_000);
    await expect(ui.table.getByRole('row').last()).toHaveAttribute('aria-rowindex', '5001');
    expect(await ui.rows.count()).toBeLessThanOrEqual(MAX_RENDERED_ROWS);
  });

  await test.step('sorting and searching 5,000 rows keeps the bound', async () => {
    await ui.columnHeader('Import ID').getByRole('button').click();
    await expect(ui.columnHeader('Import ID')).toHaveAttribute('aria-sort', 'ascending');
    expect(await ui.rows.count()).toBeLessThanOrEqual(MAX_RENDERED_ROWS);
    await ui.search.fill('a');
    await expect(ui.count()).toHaveText(/^Showing [\d,]+ of 5,000 imports$/);
    expect(await ui.rows.count()).toBeLessThanOrEqual(MAX_RENDERED_ROWS);
  });

  await test.step('refreshes keep the rows in view, even when a new import arrives above them', async () => {
    await ui.search.fill('');
    await ui.columnHeader('Created').getByRole('button').click();
    await expect(ui.columnHeader('Created')).toHaveAttribute('aria-sort', 'descending');
    await ui.table.hover();
    await page.mouse.wheel(0, -1_000_000);
    await expect(ui.rows.first()).toHaveAttribute('aria-rowindex', '2');
    await page.mouse.wheel(0, 30_000);
    await expect(ui.rows.first()).not.toHaveAttribute('aria-rowindex', '2');
    const idsBefore = await ui.renderedIds();
    const before = (await ui.lastUpdated.textContent()) ?? '';
    await page.clock.runFor(10_000);
    await expect(ui.lastUpdated).not.toHaveText(before);
    expect(await ui.renderedIds()).toEqual(idsBefore);

    const [active] = await listImports(cloudtrail, { ImportStatus: 'IN_PROGRESS' });
    await cloudtrail.send(new StopImportCommand({ ImportId: active.ImportId }));
    await startImportElsewhere(cloudtrail, active.Destinations?.[0] ?? '');
    await page.clock.runFor(10_000);
    await ui.expectCount(5_001);
    expect(await ui.renderedIds()).toEqual(idsBefore);
  });
});
