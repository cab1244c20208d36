import { dataStoreNames, listImports, STATUS_WORDS } from './support/emulator-data.ts';
import { expect, FIXED_NOW, test } from './support/fixtures.ts';

// Tall enough for the 60 demo imports to be rendered at once, so every row can be compared.
test.use({ viewport: { width: 1280, height: 4200 } });

test('shows every import the emulator has, with data store names, and sorts and searches them', async ({
  page,
  importsPage: ui,
  cloudtrail,
}) => {
  await page.clock.install({ time: FIXED_NOW });
  const expected = await listImports(cloudtrail);
  const names = await dataStoreNames(cloudtrail);
  await ui.open();

  await expect(page.getByRole('banner')).toContainText('Local emulator');
  await expect(page.getByRole('banner')).toContainText('123456789012');
  await expect(page.getByRole('banner')).toContainText('us-east-1');
  for (const name of ['Import ID', 'Status', 'Destinations', 'Created', 'Updated', 'Duration']) {
    await expect(ui.columnHeader(name)).toBeVisible();
  }
  await ui.expectCount(expected.length);
  await expect(ui.rows).toHaveCount(expected.length);

  // Newest first, like the emulator, and every row says what the emulator says.
  expect(await ui.renderedIds()).toEqual(expected.map((item) => item.ImportId));
  for (const item of expected.slice(0, 12)) {
    const row = ui.row(item.ImportId ?? '');
    const arn = item.Destinations?.[0] ?? '';
    await expect(row).toContainText(STATUS_WORDS[item.ImportStatus ?? ''] ?? '');
    await expect(row).toContainText(arn);
    await expect(row).toContainText(names.get(arn) ?? '');
    await expect(row.getByRole('button', { name: `Copy import ID ${item.ImportId}` })).toBeVisible();
  }
  await expect(ui.columnHeader('Created')).toHaveAttribute('aria-sort', 'descending');

  await test.step('sort by import ID, then by status', async () => {
    await ui.columnHeader('Import ID').getByRole('button').click();
    await expect(ui.columnHeader('Import ID')).toHaveAttribute('aria-sort', 'ascending');
    await expect(page).toHaveURL(/sort=id\.asc/);
    const byId = expected.map((item) => item.ImportId ?? '').sort();
    await expect.poll(() => ui.renderedIds()).toEqual(byId);

    await ui.columnHeader('Status').getByRole('button').click();
    await expect(ui.columnHeader('Status')).toHaveAttribute('aria-sort', 'ascending');
    const statuses = await ui.rows.getByRole('cell').nth(1).allInnerTexts();
    expect(statuses.length).toBeGreaterThan(0);
    await ui.columnHeader('Status').getByRole('button').click();
    await expect(ui.columnHeader('Status')).toHaveAttribute('aria-sort', 'descending');
    await expect(page).toHaveURL(/sort=status\.desc/);
  });

  await test.step('search by part of an import ID, then by data store name', async () => {
    const target = expected[7].ImportId ?? '';
    await ui.search.fill(target.slice(0, 13));
    await ui.expectCount(1, expected.length);
    await expect(ui.row(target)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`q=${target.slice(0, 13)}`));

    const [arn, name] = [...names.entries()][0];
    const inStore = expected.filter((item) => item.Destinations?.includes(arn));
    await ui.search.fill(name);
    await ui.expectCount(inStore.length, expected.length);
    await ui.search.fill('no-such-import');
    await expect(page.getByText('No imports match these filters')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await ui.expectCount(expected.length);
    await expect(ui.search).toHaveValue('');
  });
});
