import AxeBuilder from '@axe-core/playwright';
import { StartImportCommand } from '@aws-sdk/client-cloudtrail';
import { expect, FIXED_NOW, test } from './support/fixtures.ts';
import { ImportDetailView } from './support/import-detail.ts';
import { answering, clientFor, setSourceFaults, sourcesTruth, total, type SourceTruth } from './support/organization.ts';

// The demo organization (npm start -- --demo-org): 5 accounts in us-east-1 and eu-west-1, ca-west-1
// without Lake, and sandbox-legacy denied everywhere.
const SECURITY = '210987654321';
const PROD = '345678901234';
const DATA_PLATFORM = '472650918334';
const SANDBOX = '589104736221';

function find(truth: readonly SourceTruth[], account: string, region: string): SourceTruth {
  const source = truth.find((s) => s.account === account && s.region === region);
  if (!source) throw new Error(`no source ${account} ${region}`);
  return source;
}

test.beforeEach(({ consoleErrors }) => {
  // The denied account and the region without Lake answer 400, which Chromium logs.
  consoleErrors.allow(/status of 400/);
});

test('every source’s imports appear exactly once, as the emulator holds them, and each failing source says why', async ({
  page,
  request,
  importsPage: ui,
}) => {
  const truth = await sourcesTruth(request);
  const listed = answering(truth);
  await ui.open();
  await ui.expectCount(total(listed));
  await expect(ui.table).toHaveAttribute('aria-rowcount', String(total(listed) + 1));
  for (const status of ['FAILED', 'COMPLETED', 'IN_PROGRESS']) {
    const label = { FAILED: 'Failed', COMPLETED: 'Completed', IN_PROGRESS: 'In progress' }[status];
    await expect(ui.summary.getByRole('button', { name: new RegExp(`^${label}`) })).toContainText(String(total(listed, status)));
  }

  const problems = page.getByRole('alert', { name: 'Sources not answering' });
  await expect(problems).toContainText('UnsupportedOperationException');
  await expect(problems).toContainText('ca-west-1 in management');
  await expect(problems).toContainText(`AccessDeniedException`);
  await expect(problems).toContainText(`sandbox-legacy (${SANDBOX}) in us-east-1, eu-west-1 and ca-west-1`);

  await page.getByText('Each account and region').click();
  const sources = page.getByRole('table', { name: 'Accounts and regions' });
  await expect(sources.getByRole('row')).toHaveCount(truth.length + 1);
  for (const source of truth) {
    const row = sources.getByRole('row', { name: `${source.accountName} (${source.account}) · ${source.region}` });
    if (source.fault) await expect(row).toContainText(source.fault.error);
    else if (!source.lake) await expect(row).toContainText('UnsupportedOperationException');
    else await expect(row.getByRole('cell').nth(2)).toHaveText(source.imports.total.toLocaleString('en-US'));
  }
});

test('Account and Region filters ask only the sources chosen, and live in the URL', async ({
  page,
  request,
  importsPage: ui,
  cloudtrailCalls,
}) => {
  const truth = await sourcesTruth(request);
  await ui.open();
  await ui.expectCount(total(answering(truth)));

  await page.getByLabel('Account', { exact: true }).selectOption(PROD);
  const prod = answering(truth).filter((s) => s.account === PROD);
  await ui.expectCount(total(prod));
  await expect(page).toHaveURL(`/?account=${PROD}`);
  await expect(ui.rows.first()).toContainText('prod-payments');

  await page.getByLabel('Region', { exact: true }).selectOption('eu-west-1');
  const prodEu = find(truth, PROD, 'eu-west-1');
  await ui.expectCount(prodEu.imports.total);
  await expect(page).toHaveURL(`/?account=${PROD}&region=eu-west-1`);
  await expect(ui.summary.getByRole('button', { name: /^Failed/ })).toContainText(String(prodEu.imports.byStatus.FAILED));

  cloudtrailCalls.clear();
  await page.reload();
  await expect(page.getByLabel('Account', { exact: true })).toHaveValue(PROD);
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('eu-west-1');
  await ui.expectCount(prodEu.imports.total);
  // A link to one account and region asks only that source.
  expect(cloudtrailCalls.calls.length).toBeGreaterThan(0);
  expect(new Set(cloudtrailCalls.calls.map((call) => `${call.account} ${call.region}`))).toEqual(new Set([`${PROD} eu-west-1`]));

  await ui.open('?account=12345&region=us-east-1');
  await expect(page.getByText('Ignored account "12345": an AWS account ID is 12 digits.')).toBeVisible();
  await ui.expectCount(total(answering(truth).filter((s) => s.region === 'us-east-1')));
});

test('a source that starts failing shows its own error while the others keep refreshing, and nothing is lost or doubled', async ({
  page,
  request,
  baseURL,
  emulator,
  importsPage: ui,
}) => {
  // Listing 25,000 imports over ten sources takes a while on a busy machine.
  test.slow();
  const LOADED = 30_000;
  await emulator.reset({ imports: 2_500 });
  // prod-payments in eu-west-1 answers its first page, then refuses: it fails part-way through its listing.
  await setSourceFaults(request, [{ account: PROD, region: 'eu-west-1', error: 'ExpiredTokenException', afterRequests: 1 }]);
  const truth = await sourcesTruth(request);
  await ui.open();
  const failing = page.getByRole('alert', { name: 'Sources not answering' });
  await expect(failing).toContainText(`ExpiredTokenException`, { timeout: LOADED });
  await expect(failing).toContainText(`prod-payments (${PROD}) in eu-west-1`);
  // Every other source in full, and the first page of the one that failed: nothing lost, nothing twice.
  const loaded = total(answering(truth)) + 1_000;
  await ui.expectCount(loaded, loaded, LOADED);

  await test.step('the failing source recovers on Retry, without doubling the imports it had', async () => {
    await setSourceFaults(request, []);
    await page.getByRole('button', { name: 'Retry failed sources' }).click();
    // sandbox-legacy answers now too, since the faults were cleared.
    const all = truth.filter((s) => s.lake);
    await ui.expectCount(total(all), total(all), LOADED);
    await expect(ui.table).toHaveAttribute('aria-rowcount', String(total(all) + 1));
  });

  await test.step('a throttled source keeps its rows while another source’s new import appears', async () => {
    await setSourceFaults(request, [{ account: DATA_PLATFORM, region: 'us-east-1', error: 'ThrottlingException' }]);
    const source = find(truth, PROD, 'us-east-1');
    const client = clientFor(baseURL ?? '', source);
    // The only running import of the source ends first, so a new one may start.
    await emulator.advance(3 * 24 * 3600);
    const started = await client.send(
      new StartImportCommand({
        Destinations: [(await sourcesTruthStores(request, PROD, 'us-east-1'))[0]],
        ImportSource: {
          S3: {
            S3LocationUri: 's3://prod-payments-trail/AWSLogs/',
            S3BucketRegion: 'us-east-1',
            S3BucketAccessRoleArn: `arn:aws:iam::${PROD}:role/CloudTrailImport`,
          },
        },
      }),
    );
    client.destroy();
    await ui.refresh.click();
    await expect(ui.row(started.ImportId ?? '')).toContainText('prod-payments', { timeout: LOADED });
    await expect(page.getByRole('alert', { name: 'Sources not answering' })).toContainText(`data-platform (${DATA_PLATFORM}) in us-east-1`);
    await expect(page.getByRole('alert', { name: 'Sources not answering' })).toContainText('ThrottlingException');
    const all = truth.filter((s) => s.lake);
    await ui.expectCount(total(all) + 1, total(all) + 1, LOADED);
  });
});

test('Stop and Retry on an import in a member account reach that account and region only', async ({
  page,
  request,
  importsPage: ui,
  cloudtrailCalls,
}) => {
  await page.clock.install({ time: FIXED_NOW });
  const truth = await sourcesTruth(request);
  const target = find(truth, DATA_PLATFORM, 'eu-west-1');
  const id = target.activeImportId ?? '';
  const otherActive = truth.filter((s) => s.activeImportId && s !== target).map((s) => s.activeImportId);
  const detail = new ImportDetailView(page);
  await ui.open(`?import=${id}&importAccount=${DATA_PLATFORM}&importRegion=eu-west-1`);
  await expect(detail.heading(id)).toBeVisible();
  await expect(detail.panel).toContainText(`data-platform (${DATA_PLATFORM}) · eu-west-1`);

  cloudtrailCalls.clear();
  await detail.button('Stop import').click();
  await detail.dialog(/^Stop import/).getByRole('button', { name: 'Stop import' }).click();
  await expect(detail.panel.getByRole('status').filter({ hasText: 'Stop requested' })).toContainText('stopped');
  const stops = cloudtrailCalls.of('StopImport');
  expect(stops.map((call) => [call.account, call.region, call.input.ImportId])).toEqual([[DATA_PLATFORM, 'eu-west-1', id]]);

  const after = await sourcesTruth(request);
  expect(find(after, DATA_PLATFORM, 'eu-west-1').activeImportId).toBeNull();
  expect(after.filter((s) => s.activeImportId).map((s) => s.activeImportId)).toEqual(otherActive);

  cloudtrailCalls.clear();
  await detail.button('Retry import').click();
  await detail.dialog(/^Retry import/).getByRole('button', { name: 'Retry import' }).click();
  await expect(detail.panel.getByRole('status').filter({ hasText: 'Retry started' })).toBeVisible();
  const starts = cloudtrailCalls.of('StartImport');
  expect(starts.map((call) => [call.account, call.region, call.input.ImportId])).toEqual([[DATA_PLATFORM, 'eu-west-1', id]]);
  expect(find(await sourcesTruth(request), DATA_PLATFORM, 'eu-west-1').activeImportId).toBe(id);
});

test('Start import asks which account and region, and starts the import there only', async ({
  page,
  request,
  emulator,
  importsPage: ui,
  cloudtrailCalls,
}) => {
  await page.clock.install({ time: FIXED_NOW });
  // Every running import ends, so the chosen source has none running.
  await emulator.advance(3 * 24 * 3600);
  const [store] = await sourcesTruthStores(request, SECURITY, 'eu-west-1');
  await ui.open();
  await expect(ui.rows.first()).toBeVisible();
  await page.getByRole('button', { name: 'Start import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start import' });
  const field = (label: string) => dialog.getByLabel(label, { exact: true });
  await dialog.getByRole('button', { name: 'Start import' }).click();
  await expect(field('Account and region')).toHaveAttribute('aria-invalid', 'true');
  await expect(field('Account and region')).toBeFocused();
  expect(cloudtrailCalls.of('StartImport')).toEqual([]);

  await field('Account and region').selectOption({ label: `security-tooling (${SECURITY}) · eu-west-1` });
  await field('Destination event data store').selectOption(store);
  await field('S3 source URI').fill('s3://security-tooling-trail/AWSLogs/');
  await field('Bucket region').fill('eu-west-1');
  await field('Access role ARN').fill(`arn:aws:iam::${SECURITY}:role/CloudTrailLakeImportRole`);
  await dialog.getByRole('button', { name: 'Start import' }).click();
  await expect(dialog).toBeHidden();
  const notice = page.getByRole('status').filter({ hasText: /^Import [0-9a-f-]{36} started/ });
  const startedId = /Import ([0-9a-f-]{36}) started/.exec((await notice.textContent()) ?? '')?.[1] ?? '';
  expect(cloudtrailCalls.of('StartImport').map((call) => [call.account, call.region])).toEqual([[SECURITY, 'eu-west-1']]);
  expect(find(await sourcesTruth(request), SECURITY, 'eu-west-1').activeImportId).toBe(startedId);
  await expect(ui.row(startedId)).toContainText('security-tooling');
  await expect(ui.row(startedId)).toContainText('eu-west-1');
});

async function sourcesTruthStores(request: Parameters<typeof sourcesTruth>[0], account: string, region: string): Promise<string[]> {
  const response = await request.get('/_emulator/sources');
  const body = (await response.json()) as { sources: (SourceTruth & { eventDataStores: { arn: string; organization: boolean }[] })[] };
  const source = body.sources.find((s) => s.account === account && s.region === region);
  return (source?.eventDataStores ?? []).filter((store) => !store.organization).map((store) => store.arn);
}

// `SCREENSHOT_DIR=docs/screenshots npx playwright test --project organization screenshots` refreshes
// the pictures in the README.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`the organization view fits 1280 px and passes axe in the ${colorScheme} scheme (organization-${colorScheme}-1280.png)`, async ({
    page,
    request,
    importsPage: ui,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme });
    await page.clock.install({ time: FIXED_NOW + 45_000 });
    await ui.open();
    await ui.expectCount(total(answering(await sourcesTruth(request))));
    await page.getByText('Each account and region').click();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.getByText('Each account and region').click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    const file = `organization-${colorScheme}-1280.png`;
    const dir = process.env.SCREENSHOT_DIR;
    await page.screenshot({ path: dir ? `${dir}/${file}` : test.info().outputPath(file) });
  });
}
