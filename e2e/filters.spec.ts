import { dataStoreNames, listImports } from './support/emulator-data.ts';
import { expect, test } from './support/fixtures.ts';

const STATUSES = ['INITIALIZING', 'IN_PROGRESS', 'FAILED', 'STOPPED', 'COMPLETED'] as const;

test.use({ viewport: { width: 1280, height: 4200 } });

test('each status filter and a destination filter show exactly what the emulator returns for them', async ({
  page,
  importsPage: ui,
  cloudtrail,
  cloudtrailCalls,
}) => {
  await ui.open();
  const all = await listImports(cloudtrail);
  await ui.expectCount(all.length);

  for (const status of STATUSES) {
    await test.step(`status ${status}`, async () => {
      const expected = await listImports(cloudtrail, { ImportStatus: status });
      await ui.status.selectOption(status);
      await expect(page).toHaveURL(new RegExp(`status=${status}`));
      if (expected.length === 0) {
        await expect(page.getByText('No imports match these filters')).toBeVisible();
      } else {
        await ui.expectCount(expected.length);
        await expect.poll(() => ui.renderedIds()).toEqual(expected.map((item) => item.ImportId));
      }
      expect(cloudtrailCalls.of('ListImports').some((call) => call.input.ImportStatus === status)).toBe(true);
    });
  }

  await test.step('a destination chosen by its data store name', async () => {
    await ui.status.selectOption('');
    const [arn, name] = [...(await dataStoreNames(cloudtrail)).entries()][1];
    const expected = await listImports(cloudtrail, { Destination: arn });
    await ui.destination.fill(name);
    await ui.destination.press('Enter');
    await expect(ui.destination).toHaveValue(arn);
    await expect(page.getByText(`Event data store: ${name}`)).toBeVisible();
    await ui.expectCount(expected.length);
    await expect.poll(() => ui.renderedIds()).toEqual(expected.map((item) => item.ImportId));
    expect(new URL(page.url()).searchParams.get('destination')).toBe(arn);

    const failedThere = await listImports(cloudtrail, { Destination: arn, ImportStatus: 'FAILED' });
    await ui.summary.getByRole('button', { name: /^Failed/ }).click();
    await expect(ui.status).toHaveValue('FAILED');
    await expect.poll(() => ui.renderedIds()).toEqual(failedThere.map((item) => item.ImportId));
  });

  await test.step('a pasted ARN that CloudTrail would reject is refused before any request', async () => {
    cloudtrailCalls.clear();
    await ui.destination.fill('arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/has space');
    await ui.destination.press('Enter');
    await expect(ui.destination).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/may contain only letters, digits and \. _ \/ - :/)).toBeVisible();
    await ui.destination.fill(`arn:${'x'.repeat(300)}`);
    await ui.destination.press('Enter');
    await expect(page.getByText(/at most 256 characters/)).toBeVisible();
    expect(cloudtrailCalls.calls.filter((call) => String(call.input.Destination ?? '').includes('x'.repeat(10)))).toEqual([]);
    expect(cloudtrailCalls.calls.filter((call) => String(call.input.Destination ?? '').includes(' '))).toEqual([]);
  });
});

test('a link reopens the same view, Back and Forward walk through views, and a bad link is ignored with a notice', async ({
  page,
  importsPage: ui,
  cloudtrail,
  cloudtrailCalls,
}) => {
  const [arn] = [...(await dataStoreNames(cloudtrail)).keys()];
  const expected = await listImports(cloudtrail, { ImportStatus: 'COMPLETED', Destination: arn });
  const link = `?status=COMPLETED&destination=${encodeURIComponent(arn)}&q=-4&sort=updated.asc`;
  const withSearch = expected.filter((item) => item.ImportId?.includes('-4'));

  await test.step('the link restores filters, search and sort', async () => {
    await ui.open(link);
    await expect(ui.status).toHaveValue('COMPLETED');
    await expect(ui.destination).toHaveValue(arn);
    await expect(ui.search).toHaveValue('-4');
    await expect(ui.columnHeader('Updated')).toHaveAttribute('aria-sort', 'ascending');
    await ui.expectCount(withSearch.length, expected.length);
    const oldestUpdateFirst = [...withSearch].sort(
      (a, b) => (a.UpdatedTimestamp?.getTime() ?? 0) - (b.UpdatedTimestamp?.getTime() ?? 0),
    );
    await expect.poll(() => ui.renderedIds()).toEqual(oldestUpdateFirst.map((item) => item.ImportId));
    await page.reload();
    await expect(ui.status).toHaveValue('COMPLETED');
    await ui.expectCount(withSearch.length, expected.length);
  });

  await test.step('Back and Forward', async () => {
    await ui.status.selectOption('FAILED');
    await expect(page).toHaveURL(/status=FAILED/);
    await page.goBack();
    await expect(ui.status).toHaveValue('COMPLETED');
    await ui.expectCount(withSearch.length, expected.length);
    await page.goForward();
    await expect(ui.status).toHaveValue('FAILED');
    await expect(ui.search).toHaveValue('-4');
  });

  await test.step('a link with bad values opens the full list and says what it ignored', async () => {
    cloudtrailCalls.clear();
    await ui.open('?status=RUNNING&destination=not%20an%20arn&sort=size.up');
    const notice = page.getByRole('status').filter({ hasText: 'Part of this link was ignored' });
    await expect(notice).toContainText('Ignored status "RUNNING"');
    await expect(notice).toContainText('Ignored destination "not an arn"');
    await expect(notice).toContainText('Ignored sort "size.up"');
    const all = await listImports(cloudtrail);
    await ui.expectCount(all.length);
    await expect(ui.status).toHaveValue('');
    const listCalls = cloudtrailCalls.of('ListImports');
    expect(listCalls.length).toBeGreaterThan(0);
    for (const call of listCalls) {
      expect(['INITIALIZING', 'IN_PROGRESS', undefined]).toContain(call.input.ImportStatus);
      expect(call.input.Destination).toBeUndefined();
    }
    await ui.status.selectOption('STOPPED');
    await expect(notice).toBeHidden();
    await expect(page).toHaveURL(/^[^?]*\?status=STOPPED$/);
  });

  await test.step('a link may name a data store by its ID; one the account lacks is ignored, not sent', async () => {
    await ui.open(`?destination=${arn.slice(arn.lastIndexOf('/') + 1)}`);
    await expect(ui.destination).toHaveValue(arn);
    await ui.expectCount((await listImports(cloudtrail, { Destination: arn })).length);

    cloudtrailCalls.clear();
    const missing = `${arn.slice(0, arn.lastIndexOf('/'))}/00000000-0000-4000-8000-000000000000`;
    await ui.open(`?destination=${encodeURIComponent(missing)}`);
    const notice = page.getByRole('status').filter({ hasText: 'Part of this link was ignored' });
    await expect(notice).toContainText('this account has no event data store with that ARN or ID');
    await ui.expectCount((await listImports(cloudtrail)).length);
    expect(cloudtrailCalls.calls.filter((call) => call.input.Destination !== undefined || call.input.EventDataStore)).toEqual([]);
  });
});
