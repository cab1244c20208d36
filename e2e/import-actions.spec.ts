import { StopImportCommand } from '@aws-sdk/client-cloudtrail';
import { dataStoreNames, listImports } from './support/emulator-data.ts';
import { expect, FIXED_NOW, test } from './support/fixtures.ts';
import { getImport, ImportDetailView } from './support/import-detail.ts';
import { serveReadOnly } from './support/read-only.ts';

const INTERVAL = 10_000;

test('stop and retry from the detail view change the import in CloudTrail, and a second running import is refused in words', async ({
  page,
  importsPage: ui,
  cloudtrail,
  consoleErrors,
}) => {
  consoleErrors.allow(/status of 400/);
  await page.clock.install({ time: FIXED_NOW });
  const [active] = await listImports(cloudtrail, { ImportStatus: 'IN_PROGRESS' });
  const id = active.ImportId ?? '';
  const [failed] = await listImports(cloudtrail, { ImportStatus: 'FAILED' });
  const detail = new ImportDetailView(page);
  await ui.open(`?import=${id}`);
  await expect(detail.heading(id)).toBeVisible();
  await expect(detail.button('Retry import')).toHaveCount(0);

  await test.step('Stop asks first; Cancel changes nothing', async () => {
    await detail.button('Stop import').click();
    const dialog = detail.dialog(/^Stop import/);
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect((await getImport(cloudtrail, id)).ImportStatus).toBe('IN_PROGRESS');
  });

  await test.step('confirming stops it: shown at once, true in CloudTrail, and the list follows on its next refresh', async () => {
    await detail.button('Stop import').click();
    await detail.dialog(/^Stop import/).getByRole('button', { name: 'Stop import' }).click();
    await expect(detail.panel.getByRole('status').filter({ hasText: 'Stop requested' })).toContainText('stopped');
    expect((await getImport(cloudtrail, id)).ImportStatus).toBe('STOPPED');
    await expect(ui.row(id)).toContainText('Stopped');
  });

  await test.step('Retry on the stopped import starts it again in CloudTrail', async () => {
    await detail.button('Retry import').click();
    await detail.dialog(/^Retry import/).getByRole('button', { name: 'Retry import' }).click();
    await expect(detail.panel.getByRole('status').filter({ hasText: 'Retry started' })).toBeVisible();
    expect(['INITIALIZING', 'IN_PROGRESS']).toContain((await getImport(cloudtrail, id)).ImportStatus);
    await page.clock.runFor(INTERVAL);
    await expect(ui.row(id)).toContainText(/Initializing|In progress/);
    await expect(detail.button('Stop import')).toBeVisible();
  });

  await test.step('retrying another import while this one runs is refused, and the page says why', async () => {
    await ui.row(failed.ImportId ?? '').getByRole('link').click();
    await expect(detail.heading(failed.ImportId ?? '')).toBeVisible();
    await detail.button('Retry import').click();
    await detail.dialog(/^Retry import/).getByRole('button', { name: 'Retry import' }).click();
    const alert = detail.panel.getByRole('alert');
    await expect(alert).toContainText(`Couldn’t retry import ${failed.ImportId}`);
    await expect(alert).toContainText('Another import is already running in this account; only one can run at a time.');
    await expect(alert).toContainText('AccountHasOngoingImportException');
    expect((await getImport(cloudtrail, failed.ImportId ?? '')).ImportStatus).toBe('FAILED');
  });
});

test('the start form refuses what CloudTrail would reject, shows CloudTrail’s own refusal, then starts an import', async ({
  page,
  importsPage: ui,
  cloudtrail,
  cloudtrailCalls,
  consoleErrors,
}) => {
  consoleErrors.allow(/status of 400/);
  await page.clock.install({ time: FIXED_NOW });
  const names = await dataStoreNames(cloudtrail);
  const [arn, name] = [...names.entries()][1];
  await ui.open();
  await expect(ui.rows.first()).toBeVisible();
  await page.getByRole('button', { name: 'Start import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start import' });
  const submit = dialog.getByRole('button', { name: 'Start import' });
  const field = (label: string) => dialog.getByLabel(label, { exact: true });

  await test.step('nothing is sent while a field is missing or malformed', async () => {
    await submit.click();
    for (const label of ['Destination event data store', 'S3 source URI', 'Bucket region', 'Access role ARN']) {
      await expect(field(label)).toHaveAttribute('aria-invalid', 'true');
    }
    await expect(field('Destination event data store')).toBeFocused();
    await field('Destination event data store').selectOption({ label: name });
    await field('S3 source URI').fill('https://acme-logs/AWSLogs/');
    await field('Bucket region').fill('US East');
    await field('Access role ARN').fill('arn:aws:iam::123456789012:user/someone');
    await field('Start of range').fill('2026-10-01T00:00');
    await submit.click();
    await expect(dialog).toContainText('The S3 location starts with s3://.');
    await expect(dialog).toContainText('A Region looks like us-east-1');
    await expect(dialog).toContainText('An IAM role ARN looks like');
    await expect(dialog).toContainText('Give an end too, or leave both empty.');
    await field('End of range').fill('2026-09-01T00:00');
    await submit.click();
    await expect(dialog).toContainText('The end of the range is before its start.');
    expect(cloudtrailCalls.of('StartImport')).toEqual([]);
  });

  await field('S3 source URI').fill('s3://acme-cloudtrail-logs-123456789012/AWSLogs/');
  await field('Bucket region').fill('us-east-1');
  await field('Access role ARN').fill('arn:aws:iam::123456789012:role/CloudTrailLakeImportRole');
  await field('End of range').fill('2026-11-01T00:00');

  await test.step('with an import already running, CloudTrail refuses and the form shows its answer', async () => {
    await submit.click();
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('CloudTrail refused to start the import');
    await expect(alert).toContainText('AccountHasOngoingImportException');
    await expect(alert).toContainText('only one can run at a time');
  });

  await test.step('once nothing runs, the same form starts the import', async () => {
    const [active] = await listImports(cloudtrail, { ImportStatus: 'IN_PROGRESS' });
    await cloudtrail.send(new StopImportCommand({ ImportId: active.ImportId }));
    await submit.click();
    await expect(dialog).toBeHidden();
    const notice = page.getByRole('status').filter({ hasText: /^Import [0-9a-f-]{36} started/ });
    await expect(notice).toBeVisible();
    const startedId = /Import ([0-9a-f-]{36}) started/.exec((await notice.textContent()) ?? '')?.[1] ?? '';
    const output = await getImport(cloudtrail, startedId);
    expect(output.Destinations).toEqual([arn]);
    expect(output.ImportSource?.S3).toEqual({
      S3LocationUri: 's3://acme-cloudtrail-logs-123456789012/AWSLogs/',
      S3BucketRegion: 'us-east-1',
      S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/CloudTrailLakeImportRole',
    });
    expect(output.StartEventTime?.toISOString()).toBe('2026-10-01T00:00:00.000Z');
    expect(output.EndEventTime?.toISOString()).toBe('2026-11-01T00:00:00.000Z');
    await expect(ui.row(startedId)).toContainText(/Initializing|In progress/);
    await notice.getByRole('link', { name: 'View import details' }).click();
    await expect(new ImportDetailView(page).heading(startedId)).toBeVisible();
  });
});

test('in read-only mode no action is offered, and the page says why', async ({ page, importsPage: ui, cloudtrail }) => {
  await serveReadOnly(page);
  await page.clock.install({ time: FIXED_NOW });
  const [active] = await listImports(cloudtrail, { ImportStatus: 'IN_PROGRESS' });
  const [failed] = await listImports(cloudtrail, { ImportStatus: 'FAILED' });
  await ui.open(`?import=${active.ImportId}`);
  const detail = new ImportDetailView(page);
  await expect(detail.heading(active.ImportId ?? '')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Read-only');
  await expect(page.getByText('Read-only: the server refuses to start, stop or retry imports.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start import' })).toHaveCount(0);
  await expect(detail.panel).toContainText('Read-only mode');
  await expect(detail.button('Stop import')).toHaveCount(0);
  await ui.row(failed.ImportId ?? '').getByRole('link').click();
  await expect(detail.heading(failed.ImportId ?? '')).toBeVisible();
  await expect(detail.panel).toContainText('Read-only mode');
  await expect(detail.button('Retry import')).toHaveCount(0);
});
