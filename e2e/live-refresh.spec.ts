import { StopImportCommand } from '@aws-sdk/client-cloudtrail';
import { dataStoreNames, listImports } from './support/emulator-data.ts';
import { expect, FIXED_NOW, test } from './support/fixtures.ts';
import { startImportElsewhere } from './support/start-import.ts';

const INTERVAL = 10_000;

test('an import stopped elsewhere and one started elsewhere show up by themselves, and the new one finishes in place', async ({
  page,
  importsPage: ui,
  cloudtrail,
  cloudtrailCalls,
  emulator,
}) => {
  await page.clock.install({ time: FIXED_NOW });
  await ui.open('?sort=created.desc');
  const [active] = await listImports(cloudtrail, { ImportStatus: 'IN_PROGRESS' });
  const activeId = active.ImportId ?? '';
  await expect(ui.row(activeId)).toContainText('In progress');
  await expect(ui.autoRefresh).toHaveValue(String(INTERVAL));
  const total = (await listImports(cloudtrail)).length;
  await ui.expectCount(total);

  // What a person was doing must survive every refresh: search text, sort and focus.
  await ui.search.fill('-');
  const copyButton = ui.row(activeId).getByRole('button', { name: `Copy import ID ${activeId}` });
  await copyButton.focus();

  await test.step('the running import is stopped from the CLI and turns Stopped in place', async () => {
    await cloudtrail.send(new StopImportCommand({ ImportId: activeId }));
    await page.clock.runFor(INTERVAL);
    await expect(ui.row(activeId)).toContainText('Stopped');
    await expect(copyButton).toBeFocused();
    await expect(ui.search).toHaveValue('-');
    await ui.expectCount(total);
  });

  const [arn] = [...(await dataStoreNames(cloudtrail)).keys()];
  const startedId = await startImportElsewhere(cloudtrail, arn);

  await test.step('a new import started elsewhere appears within one interval, at the top', async () => {
    await page.clock.runFor(INTERVAL);
    await expect(ui.row(startedId)).toContainText(/Initializing|In progress/);
    await ui.expectCount(total + 1);
    expect((await ui.renderedIds())[0]).toBe(startedId);
    await expect(copyButton).toBeFocused();
  });

  await test.step('the new import finishes and its status changes without a reload', async () => {
    await emulator.advance(6 * 60);
    await page.clock.runFor(INTERVAL);
    await expect(ui.row(startedId)).toContainText('Completed');
    expect(cloudtrailCalls.of('GetImport').map((call) => call.input.ImportId)).toContain(startedId);
  });

  // None of this needed the full list again: only the first load listed without a status.
  expect(cloudtrailCalls.of('ListImports').filter((call) => call.input.ImportStatus === undefined)).toHaveLength(1);
  await expect(page.getByText(/Last updated \d\d:\d\d:\d\d/)).toBeVisible();
});

test('the merged list keeps respecting the status filter while imports change state', async ({
  page,
  importsPage: ui,
  cloudtrail,
  emulator,
}) => {
  await page.clock.install({ time: FIXED_NOW });
  const [active] = await listImports(cloudtrail, { ImportStatus: 'IN_PROGRESS' });
  const activeId = active.ImportId ?? '';
  const stopped = await listImports(cloudtrail, { ImportStatus: 'STOPPED' });
  await ui.open('?status=STOPPED');
  await ui.expectCount(stopped.length);

  await cloudtrail.send(new StopImportCommand({ ImportId: activeId }));
  await page.clock.runFor(INTERVAL);
  await expect(ui.row(activeId)).toContainText('Stopped');
  await ui.expectCount(stopped.length + 1);

  const [arn] = [...(await dataStoreNames(cloudtrail)).keys()];
  const startedId = await startImportElsewhere(cloudtrail, arn);
  await ui.status.selectOption('IN_PROGRESS');
  // The new listing has answered (the new import is still initializing) before emulator time moves.
  await expect(page.getByText('No imports match these filters')).toBeVisible();
  await emulator.advance(10);
  await page.clock.runFor(INTERVAL);
  await expect(ui.row(startedId)).toContainText('In progress');
  await ui.expectCount(1);

  await emulator.advance(6 * 60);
  await page.clock.runFor(INTERVAL);
  await expect(page.getByText('No imports match these filters')).toBeVisible();
});

test('auto-refresh is remembered, can be turned off, and never polls a hidden tab', async ({
  page,
  importsPage: ui,
  cloudtrailCalls,
}) => {
  await page.clock.install({ time: FIXED_NOW });
  await ui.open();
  await expect(ui.rows.first()).toBeVisible();
  await ui.autoRefresh.selectOption({ label: '5 s' });
  await page.reload();
  await expect(ui.autoRefresh).toHaveValue('5000');
  await expect(ui.rows.first()).toBeVisible();

  await test.step('a hidden tab is not polled, and catches up when shown again', async () => {
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    cloudtrailCalls.clear();
    await page.clock.runFor(60_000);
    expect(cloudtrailCalls.calls).toEqual([]);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(() => cloudtrailCalls.of('ListImports').length).toBe(2);
  });

  await test.step('Off means no requests at all until Refresh is pressed', async () => {
    await ui.autoRefresh.selectOption({ label: 'Off' });
    cloudtrailCalls.clear();
    await page.clock.runFor(5 * 60_000);
    expect(cloudtrailCalls.calls).toEqual([]);
    await ui.refresh.click();
    await expect.poll(() => cloudtrailCalls.of('ListImports').some((call) => !call.input.ImportStatus)).toBe(true);
  });
});
