import { expect, FIXED_NOW, test } from './support/fixtures.ts';

const INTERVAL = 10_000;
const ACTIVE = ['INITIALIZING', 'IN_PROGRESS'];

test('with 10,000 imports loaded, each refresh costs two small requests, plus one re-read when an import finishes', async ({
  page,
  importsPage: ui,
  emulator,
  cloudtrailCalls,
}) => {
  test.setTimeout(90_000);
  await emulator.reset({ imports: 10_000 });
  await page.clock.install({ time: FIXED_NOW });
  const started = Date.now();
  await ui.open();
  await expect(ui.rows.first()).toBeVisible();
  const firstRowMs = Date.now() - started;
  await ui.expectCount(10_000);
  const allRowsMs = Date.now() - started;
  test.info().annotations.push(
    { type: 'first row (10,000 imports)', description: `${firstRowMs} ms` },
    { type: 'all rows (10,000 imports)', description: `${allRowsMs} ms` },
  );
  // The first load: ten pages of 1,000 without a status filter.
  await expect.poll(() => cloudtrailCalls.of('ListImports').filter((c) => !c.input.ImportStatus).length).toBe(10);

  await test.step('six intervals of auto-refresh', async () => {
    await expect.poll(() => cloudtrailCalls.of('ListImports').filter((c) => c.input.ImportStatus).length).toBe(2);
    // Read once the listing is in, so its pages have the source's request budget: the data store
    // names, and the progress of the running import at the top.
    await expect.poll(() => cloudtrailCalls.of('ListEventDataStores').length).toBe(1);
    await expect.poll(() => cloudtrailCalls.of('GetImport').length).toBe(1);
    cloudtrailCalls.clear();
    for (let interval = 1; interval <= 6; interval++) {
      const before = (await ui.lastUpdated.textContent()) ?? '';
      await page.clock.runFor(INTERVAL);
      // A finished refresh moves "Last updated"; React Query restarts the interval from there.
      await expect(ui.lastUpdated).not.toHaveText(before);
    }
    expect(cloudtrailCalls.calls).toHaveLength(12);
    for (const call of cloudtrailCalls.calls) {
      expect(call.operation).toBe('ListImports');
      expect(ACTIVE).toContain(call.input.ImportStatus);
      expect(call.input.NextToken).toBeUndefined();
    }
    test.info().annotations.push({ type: 'requests per interval (10,000 loaded)', description: '2' });
  });

  await test.step('the running import finishes: one GetImport re-reads it', async () => {
    cloudtrailCalls.clear();
    await emulator.advance(15 * 60);
    await page.clock.runFor(INTERVAL);
    await expect.poll(() => cloudtrailCalls.of('GetImport').length).toBe(1);
    await expect(page.getByRole('region', { name: 'Imports by status' }).getByRole('button', { name: /^In progress/ })).toHaveText(/In progress\s*0/);
    expect(cloudtrailCalls.of('ListImports').every((call) => ACTIVE.includes(String(call.input.ImportStatus)))).toBe(true);
  });

  await test.step('a manual Refresh re-lists everything, and the rows stay while it does', async () => {
    cloudtrailCalls.clear();
    await ui.refresh.click();
    await expect(ui.rows.first()).toBeVisible();
    await expect.poll(() => cloudtrailCalls.of('ListImports').filter((c) => !c.input.ImportStatus).length).toBe(10);
    await ui.expectCount(10_000);
  });
});
