import { listImports } from './support/emulator-data.ts';
import { expect, FIXED_NOW, test } from './support/fixtures.ts';
import { injectFault } from './support/faults.ts';

const INTERVAL = 10_000;
const isPoll = (input: Record<string, unknown>) => input.ImportStatus !== undefined;

test('a first load that fails shows an error in the table area, and Retry loads the imports', async ({
  page,
  importsPage: ui,
  consoleErrors,
}) => {
  consoleErrors.allow(/status of 500/);
  const removeFault = await injectFault(page, 'ListImports', {
    status: 500,
    type: 'InternalFailure',
    message: 'We encountered an internal error. Please try again.',
    requestId: 'req-first-load-500',
  });
  await ui.open();
  const error = page.getByRole('alert').filter({ hasText: 'Couldn’t load imports' });
  await expect(error).toContainText('CloudTrail had an internal error.');
  await expect(error).toContainText('InternalFailure');
  await expect(error).toContainText('req-first-load-500');
  await expect(ui.table).toBeHidden();

  await removeFault();
  await error.getByRole('button', { name: 'Retry' }).click();
  await expect(ui.rows.first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a failed background refresh keeps the rows and says how old they are; recovery clears the banner', async ({
  page,
  importsPage: ui,
  consoleErrors,
}) => {
  consoleErrors.allow(/status of 403/);
  await page.clock.install({ time: FIXED_NOW });
  await ui.open();
  await ui.expectCount(60);

  const removeFault = await injectFault(
    page,
    'ListImports',
    { status: 403, type: 'AccessDeniedException', message: 'User is not authorized', requestId: 'req-refresh-403' },
    { when: isPoll },
  );
  await page.clock.runFor(INTERVAL);
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('Couldn’t refresh the imports');
  await expect(banner).toContainText('lack this permission');
  await expect(banner).toContainText('AccessDeniedException');
  await expect(banner).toContainText('req-refresh-403');
  // The banner and "Last updated" name the same moment: the last answer, from before the failure.
  const failedAt = page.getByText(/refresh failed at \d\d:\d\d:\d\d/);
  await expect(failedAt).toBeVisible();
  const dataFrom = (await page.getByText(/^Last updated/).locator('time').first().textContent()) ?? '';
  await expect(banner).toContainText(`Showing data from ${dataFrom}.`);
  expect(await failedAt.textContent()).not.toContain(dataFrom);
  await ui.expectCount(60);

  await removeFault();
  await page.clock.runFor(INTERVAL);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText(/refresh failed at/)).toBeHidden();
});

test('throttling that outlasts the SDK retries says CloudTrail is rate-limiting and when the next try is', async ({
  page,
  importsPage: ui,
  consoleErrors,
  cloudtrailCalls,
}) => {
  consoleErrors.allow(/status of 400/);
  await page.clock.install({ time: FIXED_NOW });
  await ui.open();
  await ui.expectCount(60);
  await injectFault(
    page,
    'ListImports',
    { status: 400, type: 'ThrottlingException', message: 'Rate exceeded', requestId: 'req-throttled' },
    { when: isPoll },
  );
  cloudtrailCalls.clear();
  await page.clock.runFor(INTERVAL);
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('CloudTrail is rate-limiting requests');
  await expect(banner).toContainText(/will try again at \d\d:\d\d:\d\d/);
  await expect(banner).toContainText('ThrottlingException');
  await expect(banner).toContainText('req-throttled');
  // The SDK tried each request three times before giving up.
  expect(cloudtrailCalls.of('ListImports').length).toBeGreaterThanOrEqual(3);
  await ui.expectCount(60);
});

test('a rejected page token restarts the listing once by itself, and a second rejection shows a banner', async ({
  page,
  importsPage: ui,
  emulator,
  consoleErrors,
  cloudtrailCalls,
}) => {
  consoleErrors.allow(/status of 400/);
  await emulator.reset({ imports: 2_500 });
  const tokenFault = {
    status: 400,
    type: 'InvalidNextTokenException',
    message: 'The token is not valid.',
    requestId: 'req-bad-token',
  };
  const hasToken = (input: Record<string, unknown>) => input.NextToken !== undefined;

  await test.step('one rejection: the listing starts over and loads everything', async () => {
    const removeFault = await injectFault(page, 'ListImports', tokenFault, { when: hasToken, times: 1 });
    await ui.open();
    await ui.expectCount(2_500);
    await expect(page.getByRole('alert')).toHaveCount(0);
    const firstPages = cloudtrailCalls.of('ListImports').filter((c) => !c.input.ImportStatus && !c.input.NextToken);
    expect(firstPages).toHaveLength(2);
    await removeFault();
  });

  await test.step('rejected again after the restart: a banner, and the rows stay', async () => {
    await injectFault(page, 'ListImports', tokenFault, { when: hasToken });
    await ui.refresh.click();
    const banner = page.getByRole('alert');
    await expect(banner).toContainText('rejected the token for the next page');
    await expect(banner).toContainText('InvalidNextTokenException');
    await expect(banner).toContainText('req-bad-token');
    await ui.expectCount(2_500);
  });

  await test.step('on a first load, the imports loaded so far stay and the banner says how many', async () => {
    await page.reload();
    const banner = page.getByRole('alert');
    await expect(banner).toContainText('Loaded 1,000 imports, then the listing failed');
    await expect(banner).toContainText('InvalidNextTokenException');
    await expect(ui.rows.first()).toBeVisible();
  });
});

test('an unreachable endpoint is named in the banner', async ({ page, importsPage: ui, consoleErrors }) => {
  consoleErrors.allow(/net::ERR_CONNECTION_REFUSED|Failed to load resource/);
  await page.clock.install({ time: FIXED_NOW });
  await ui.open();
  await ui.expectCount(60);
  await injectFault(page, 'ListImports', 'unreachable');
  await page.clock.runFor(INTERVAL);
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('Can’t reach CloudTrail');
  await expect(banner).toContainText(`Can’t reach the CloudTrail endpoint at ${new URL(page.url()).origin}/cloudtrail.`);
  await ui.expectCount(60);
});

test('when data store names cannot be listed, the imports still show by ARN and a warning says why', async ({
  page,
  importsPage: ui,
  consoleErrors,
  cloudtrail,
}) => {
  consoleErrors.allow(/status of 403/);
  await injectFault(page, 'ListEventDataStores', {
    status: 403,
    type: 'AccessDeniedException',
    message: 'not authorized to perform cloudtrail:ListEventDataStores',
    requestId: 'req-stores-403',
  });
  await ui.open();
  await ui.expectCount(60);
  const warning = page.getByRole('status').filter({ hasText: 'Event data store names are unavailable' });
  await expect(warning).toContainText('Destinations are shown by ARN only.');
  await expect(warning).toContainText('AccessDeniedException');
  await expect(warning).toContainText('req-stores-403');
  const [first] = await listImports(cloudtrail);
  await expect(ui.row(first.ImportId ?? '')).toContainText(first.Destinations?.[0] ?? '');
});
