import AxeBuilder from '@axe-core/playwright';
import type { ImportsListItem } from '@aws-sdk/client-cloudtrail';
import { dataStoreNames, listImports, STATUS_WORDS } from './support/emulator-data.ts';
import { expect, FIXED_NOW, test } from './support/fixtures.ts';
import { ImportDetailView } from './support/import-detail.ts';
import { DAY_MS, presetWindow, TimelineView } from './support/timeline-page.ts';

const STATUSES = ['INITIALIZING', 'IN_PROGRESS', 'FAILED', 'STOPPED', 'COMPLETED'];
const ACTIVE = new Set(['INITIALIZING', 'IN_PROGRESS']);
const endOf = (item: ImportsListItem) => (ACTIVE.has(item.ImportStatus ?? '') ? FIXED_NOW : (item.UpdatedTimestamp?.getTime() ?? 0));

test.use({ viewport: { width: 1280, height: 1000 } });

test('the timeline has a bar for every import the emulator has, per store and status, and the data table says the same', async ({
  page,
  importsPage: ui,
  cloudtrail,
}) => {
  await page.clock.install({ time: FIXED_NOW });
  const expected = await listImports(cloudtrail);
  const names = await dataStoreNames(cloudtrail);
  const view = new TimelineView(page);
  await ui.open();
  await ui.expectCount(expected.length);
  await view.tab('Timeline').click();
  await expect(page).toHaveURL(/\?view=timeline$/);
  await expect(view.tab('Timeline')).toHaveAttribute('aria-selected', 'true');

  await view.button('All').click();
  await expect(view.button('All')).toHaveAttribute('aria-pressed', 'true');
  const stores = [...names.values()].sort();
  const count = (status: string) => expected.filter((item) => item.ImportStatus === status).length;
  const words = STATUSES.filter((status) => count(status) > 0).map((status) => `${count(status)} ${STATUS_WORDS[status]?.toLowerCase()}`);
  await expect(view.timeline).toHaveAccessibleName(new RegExp(`^${expected.length} imports in ${stores.length} lanes between .*: ${words.slice(0, -1).join(', ')} and ${words.at(-1)}\\.$`));
  await expect(view.lanes.getByRole('listitem')).toHaveText(stores);

  const table = await view.dataTable(view.timeline);
  await expect(table.getByRole('columnheader')).toHaveText(['Event data store', ...STATUSES.map((s) => STATUS_WORDS[s] ?? s), 'Total']);
  for (const [arn, name] of names) {
    const inStore = expected.filter((item) => item.Destinations?.includes(arn));
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    const perStatus = STATUSES.map((status) => String(inStore.filter((item) => item.ImportStatus === status).length));
    await expect(row.getByRole('cell')).toHaveText([...perStatus, String(inStore.length)]);
  }

  await test.step('the filters apply: only failed imports', async () => {
    await ui.status.selectOption('FAILED');
    await ui.expectCount(count('FAILED'), count('FAILED'));
    await expect(view.timeline).toHaveAccessibleName(new RegExp(`^${count('FAILED')} imports in .*: ${count('FAILED')} failed\\.$`));
    await expect(page).toHaveURL(/status=FAILED/);
    await expect(page).toHaveURL(/view=timeline/);
  });
});

test('presets, zoom buttons and keys change the window; a click on a bar and Enter on a focused bar open the import', async ({
  page,
  importsPage: ui,
  cloudtrail,
}) => {
  await page.clock.install({ time: FIXED_NOW });
  const expected = await listImports(cloudtrail);
  const names = await dataStoreNames(cloudtrail);
  const view = new TimelineView(page);
  const detail = new ImportDetailView(page);
  await ui.open('?view=timeline');
  await ui.expectCount(expected.length);

  for (const days of [7, 30, 90]) {
    await view.button(`${days} days`).click();
    await expect(view.button(`${days} days`)).toHaveAttribute('aria-pressed', 'true');
    const inWindow = expected.filter((item) => endOf(item) >= FIXED_NOW - days * DAY_MS).length;
    await expect(view.timeline).toHaveAccessibleName(new RegExp(`^${inWindow} imports? in [\\d]+ lanes? in the last ${days} days \\(`));
  }

  await test.step('zoom in and out with the buttons and the keys, pan earlier', async () => {
    await view.button('Zoom in').click();
    await expect(view.button('90 days')).toHaveAttribute('aria-pressed', 'false');
    await expect(view.timeline).toHaveAccessibleName(/ between .+ and .+ \(46 days\): /);
    await view.button('Earlier').click();
    await expect(view.timeline).toHaveAccessibleName(/ between .+ and .+ \(46 days\): /);
    const before = await view.timeline.getAttribute('aria-label');
    await view.bars.focus();
    await page.keyboard.press('Shift+ArrowLeft');
    await expect(view.timeline).not.toHaveAccessibleName(before ?? '');
    await page.keyboard.press('-');
    await expect.poll(() => view.shownDays()).toBeGreaterThan(80);
    await page.keyboard.press('+');
    await expect.poll(() => view.shownDays()).toBeLessThan(47);
    await view.button('All').click();
    await expect(view.timeline).toHaveAccessibleName(new RegExp(`^${expected.length} imports in `));
  });

  await test.step('a click on a bar opens that import', async () => {
    const recent = expected
      .filter((item) => !ACTIVE.has(item.ImportStatus ?? '') && (item.CreatedTimestamp?.getTime() ?? 0) > FIXED_NOW - 7 * DAY_MS)
      .sort((a, b) => endOf(b) - (b.CreatedTimestamp?.getTime() ?? 0) - (endOf(a) - (a.CreatedTimestamp?.getTime() ?? 0)));
    const target = recent[0];
    if (!target) throw new Error('the demo data has no ended import in the last 7 days');
    await view.button('7 days').click();
    await view.clickBar(names.get(target.Destinations?.[0] ?? '') ?? '', target, presetWindow(7, FIXED_NOW));
    await expect(detail.heading(target.ImportId ?? '')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`import=${target.ImportId}`));
    await detail.close.click();
    await expect(detail.panel).toBeHidden();
  });

  await test.step('keyboard focus moves between bars, announces each, and Enter opens it', async () => {
    await view.bars.focus();
    await expect(view.announcement).toHaveText(/ import [0-9a-f-]{36} in .+, from .+\. Enter opens it\.$/);
    const first = await view.announcement.textContent();
    await page.keyboard.press('ArrowDown');
    await expect(view.announcement).not.toHaveText(first ?? '');
    await page.keyboard.press('ArrowLeft');
    const announced = /import ([0-9a-f-]{36}) in/.exec((await view.announcement.textContent()) ?? '')?.[1] ?? '';
    expect(expected.map((item) => item.ImportId)).toContain(announced);
    await page.keyboard.press('Enter');
    await expect(detail.heading(announced)).toBeVisible();
  });
});

test('the trends say what they cover, load statistics only when asked, and show the same data as tables', async ({
  page,
  importsPage: ui,
  cloudtrail,
}) => {
  // 60 GetImport calls at 10 a second, on a machine that may be busy.
  test.setTimeout(90_000);
  await page.clock.install({ time: FIXED_NOW });
  const expected = await listImports(cloudtrail);
  const view = new TimelineView(page);
  await ui.open('?view=trends');
  await ui.expectCount(expected.length);

  const perDay = view.figure(new RegExp(`^${expected.length} imports over \\d+ days: `));
  await expect(perDay).toBeVisible();
  const table = await view.dataTable(perDay);
  const totals = (await table.getByRole('row').allInnerTexts()).slice(1).map((text) => Number(text.split('\t').at(-1)));
  expect(totals.reduce((sum, n) => sum + n, 0)).toBe(expected.length);

  const failures = view.figure(/^No failures over \d+ days in the 0 imports whose failures are loaded\.$/);
  await expect(failures).toBeVisible();
  await expect(failures).toContainText('0 imports of the 16 failed imports shown');

  const events = view.figure(/events imported over \d+ days in the \d+ imports? whose statistics are known/);
  await expect(events).toHaveAccessibleName(/^No events imported over \d+ days in the 0 imports whose statistics are known\.$/);
  await events.getByRole('button', { name: `Load statistics for the ${expected.length} imports shown` }).click();
  await expect(events.getByText('Statistics are known for every import shown.')).toBeVisible({ timeout: 60_000 });
  await expect(events).toHaveAccessibleName(new RegExp(`^[\\d,]+ events imported over \\d+ days in the ${expected.length} imports whose statistics are known\\.$`));

  await test.step('an unknown view in a link is ignored with a notice', async () => {
    await ui.open('?view=gantt');
    await expect(page.getByText('Ignored view "gantt": use table, timeline, trends.')).toBeVisible();
    await expect(ui.table).toBeVisible();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the timeline and the trends have no serious or critical accessibility violations in the ${colorScheme} scheme`, async ({
    page,
    importsPage: ui,
  }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme });
    await page.clock.install({ time: FIXED_NOW });
    const view = new TimelineView(page);
    for (const name of ['timeline', 'trends']) {
      await ui.open(`?view=${name}`);
      await ui.expectCount(60);
      const figure = page.getByRole('figure').first();
      await expect(figure).toHaveAccessibleName(/imports/);
      await view.dataTable(figure);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${name}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    }
  });
}
