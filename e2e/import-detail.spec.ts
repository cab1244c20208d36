import Papa from 'papaparse';
import { StopImportCommand } from '@aws-sdk/client-cloudtrail';
import { listImports } from './support/emulator-data.ts';
import { expect, FIXED_NOW, test } from './support/fixtures.ts';
import { downloadText, FIGURES, getImport, ImportDetailView, listImportFailures, percentOf } from './support/import-detail.ts';
import { startImportElsewhere } from './support/start-import.ts';

const INTERVAL = 10_000;

test('the running import opens from its row, shows what GetImport says, moves while it runs, and tells when it ends', async ({
  page,
  importsPage: ui,
  cloudtrail,
  cloudtrailCalls,
  emulator,
}) => {
  await page.clock.install({ time: FIXED_NOW });
  const [active] = await listImports(cloudtrail, { ImportStatus: 'IN_PROGRESS' });
  const id = active.ImportId ?? '';
  const detail = new ImportDetailView(page);
  await ui.open();
  const link = ui.row(id).getByRole('link', { name: id });
  await link.click();

  await expect(detail.heading(id)).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`[?&]import=${id}`));
  const expectFigures = async () => {
    const stats = (await getImport(cloudtrail, id)).ImportStatistics ?? {};
    for (const [label, key] of Object.entries(FIGURES)) {
      await detail.expectValue(label, (stats[key] ?? 0).toLocaleString('en-US'));
    }
    const percent = String(percentOf(stats));
    await expect(detail.progress).toHaveAttribute('aria-valuenow', percent);
    // The row shows the same progress, from the same GetImport.
    await expect(ui.row(id).getByRole('progressbar')).toHaveAttribute('aria-valuenow', percent);
    return percentOf(stats);
  };

  await test.step('every figure, the bar and the facts match GetImport', async () => {
    const before = await expectFigures();
    await expect(detail.panel).toContainText('Approximate');
    const output = await getImport(cloudtrail, id);
    const s3 = output.ImportSource?.S3;
    await expect(detail.value('S3 source URI')).toContainText(s3?.S3LocationUri ?? '-');
    await detail.expectValue('Bucket region', s3?.S3BucketRegion ?? '-');
    await expect(detail.value('Access role ARN')).toContainText(s3?.S3BucketAccessRoleArn ?? '-');
    await expect(detail.value('Destination')).toContainText(output.Destinations?.[0] ?? '-');
    await expect(detail.panel.getByRole('button', { name: 'Copy S3 source URI' })).toBeVisible();

    await emulator.advance(90);
    cloudtrailCalls.clear();
    await page.clock.runFor(INTERVAL);
    await expect.poll(() => cloudtrailCalls.of('GetImport').length).toBeGreaterThan(0);
    expect(await expectFigures()).toBeGreaterThan(before);
  });

  await test.step('Escape closes it and focus returns to the row; a link opens it directly and Back closes it', async () => {
    await page.keyboard.press('Escape');
    await expect(detail.panel).toBeHidden();
    await expect(link).toBeFocused();
    await expect(page).not.toHaveURL(/import=/);

    await page.goto(`/?import=${id}`);
    await expect(detail.heading(id)).toBeVisible();
    await detail.close.click();
    await expect(detail.panel).toBeHidden();
    await link.click();
    await expect(detail.heading(id)).toBeVisible();
    await page.goBack();
    await expect(detail.panel).toBeHidden();
    await expect(page).not.toHaveURL(/import=/);
    await link.click();
  });

  await test.step('the import ends: the view says so, stops polling, and a notice links to it', async () => {
    await emulator.advance(15 * 60);
    await page.clock.runFor(INTERVAL);
    await expect(detail.panel).toContainText('Completed');
    const notice = page.getByRole('status').filter({ hasText: `Import ${id} completed` });
    await expect(notice).toBeVisible();
    await expect(detail.progress).toHaveAttribute('aria-valuenow', '100');
    cloudtrailCalls.clear();
    await page.clock.runFor(3 * INTERVAL);
    await expect.poll(() => cloudtrailCalls.of('ListImports').length).toBeGreaterThan(0);
    expect(cloudtrailCalls.of('GetImport')).toEqual([]);

    await detail.close.click();
    await notice.getByRole('link', { name: 'View import details' }).click();
    await expect(detail.heading(id)).toBeVisible();
  });
});

test('a failed import shows its failures grouped by error type, as ListImportFailures lists them, and exports them as CSV', async ({
  page,
  cloudtrail,
  emulator,
}) => {
  test.slow();
  const [active] = await listImports(cloudtrail, { ImportStatus: 'IN_PROGRESS' });
  await cloudtrail.send(new StopImportCommand({ ImportId: active.ImportId }));
  // "fail" alone in the source picks a mix of error types (emulator README).
  const id = await startImportElsewhere(cloudtrail, active.Destinations?.[0] ?? '', { fail: true });
  await emulator.advance(6 * 60);
  expect((await getImport(cloudtrail, id)).ImportStatus).toBe('FAILED');
  const expected = await listImportFailures(cloudtrail, id);
  const counts = new Map<string, number>();
  for (const failure of expected) counts.set(failure.ErrorType ?? '', (counts.get(failure.ErrorType ?? '') ?? 0) + 1);
  const groups = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

  await page.clock.install({ time: FIXED_NOW + 6 * 60_000 });
  await page.goto(`/?import=${id}`);
  const detail = new ImportDetailView(page);
  await expect(detail.heading(id)).toBeVisible();
  await expect(detail.panel.getByRole('heading', { name: `Failures (${expected.length.toLocaleString('en-US')})` })).toBeVisible();

  await test.step('the groups come first, largest first, with their counts', async () => {
    await expect(detail.panel.getByText(groups.map(([type, n]) => `${n.toLocaleString('en-US')} ${type}`).join(', '), { exact: true })).toBeVisible();
    const items = detail.failureGroups.getByRole('button');
    await expect(items).toHaveCount(groups.length);
    for (const [index, [type, count]] of groups.entries()) {
      await expect(items.nth(index)).toContainText(`${count}${type}`);
    }
  });

  await test.step('the table lists every failure, a page at a time, with its S3 location copyable', async () => {
    const seen: string[] = [];
    for (;;) {
      const rows = detail.failures.getByRole('row').filter({ has: page.getByRole('cell') });
      await expect(rows.first()).toBeVisible();
      for (const text of await rows.allInnerTexts()) seen.push(text);
      const next = detail.panel.getByRole('button', { name: 'Next page' });
      if (!(await next.isVisible()) || (await next.isDisabled())) break;
      const firstBefore = await rows.first().innerText();
      await next.click();
      await expect(rows.first()).not.toHaveText(firstBefore);
    }
    expect(seen).toHaveLength(expected.length);
    for (const [index, failure] of expected.entries()) {
      expect(seen[index]).toContain(failure.Location);
      expect(seen[index]).toContain(failure.ErrorType);
      expect(seen[index]).toContain(failure.ErrorMessage);
    }
    const first = expected[0].Location ?? '';
    await expect(detail.panel.getByRole('button', { name: `Copy S3 location ${first}` })).toHaveCount(1);
  });

  await test.step('choosing a group shows only its failures', async () => {
    const [type, count] = groups[groups.length - 1];
    await detail.failureGroups.getByRole('button', { name: new RegExp(type) }).click();
    const rows = detail.failures.getByRole('row').filter({ has: page.getByRole('cell') });
    await expect(rows).toHaveCount(Math.min(count, 50));
    await detail.failureGroups.getByRole('button', { name: new RegExp(type) }).click();
  });

  await test.step('the CSV export parses back to the same failures', async () => {
    const file = await downloadText(page, () => detail.button('Export failures as CSV').click());
    expect(file.name).toBe(`import-${id}-failures.csv`);
    const parsed = Papa.parse<Record<string, string>>(file.text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['Location', 'Status', 'ErrorType', 'ErrorMessage', 'LastUpdatedTime']);
    expect(parsed.data).toEqual(
      expected.map((failure) => ({
        Location: failure.Location,
        Status: failure.Status,
        ErrorType: failure.ErrorType,
        ErrorMessage: failure.ErrorMessage,
        LastUpdatedTime: failure.LastUpdatedTime?.toISOString(),
      })),
    );
  });
});
