import type { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { listImports } from './support/emulator-data.ts';
import { injectedFaults, recordListing, setFaults } from './support/emulator-faults.ts';
import { expect, FIXED_NOW, test } from './support/fixtures.ts';

// Faults come from the emulator itself, so the SDK's real retries and the browser's real network
// errors are what the page meets. Every fault sequence is seeded (emulator README, Faults).
const INTERVAL = 10_000;
const HTTP_ERRORS = /Failed to load resource: the server responded with a status of (429|500|503)/;
const NETWORK_ERRORS = /Failed to load resource: net::ERR_/;

async function expectEveryImportOnce(pageIds: string[], cloudtrail: CloudTrailClient): Promise<void> {
  const expected = (await listImports(cloudtrail)).map((item) => item.ImportId);
  expect(pageIds).toHaveLength(10_000);
  expect(new Set(pageIds)).toEqual(new Set(expected));
}

test('with 20 % throttling and 5 % InternalFailure, 10,000 imports still load, each exactly once', async ({
  page,
  importsPage: ui,
  emulator,
  request,
  cloudtrail,
  consoleErrors,
}) => {
  test.setTimeout(60_000);
  consoleErrors.allow(HTTP_ERRORS);
  await emulator.reset({ imports: 10_000 });
  await setFaults(request, { throttle: 0.2, internalError: 0.05, seed: 7 });
  const listing = recordListing(page);
  await page.clock.install({ time: FIXED_NOW });
  await ui.open();
  await expect(ui.count()).toHaveText('Showing 10,000 of 10,000 imports', { timeout: 45_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The SDK retried through the faults: some answers failed, yet the page saw every import once.
  expect(listing.failures.length).toBeGreaterThan(0);
  await setFaults(request, {});
  await expectEveryImportOnce(listing.ids, cloudtrail);
});

test('faults that outlast the retries show the right banner over the loaded rows; once they clear, the next refresh recovers', async ({
  page,
  importsPage: ui,
  request,
  consoleErrors,
}) => {
  test.setTimeout(60_000);
  consoleErrors.allow(HTTP_ERRORS);
  await page.clock.install({ time: FIXED_NOW });
  await ui.open();
  await ui.expectCount(60);
  const banner = page.getByRole('alert');

  await test.step('throttled on every attempt: the rate-limit banner, with the next try', async () => {
    await setFaults(request, { throttle: 1 });
    await page.clock.runFor(INTERVAL);
    await expect(banner).toContainText('CloudTrail is rate-limiting requests', { timeout: 15_000 });
    await expect(banner).toContainText(/will try again at \d\d:\d\d:\d\d/);
    await expect(banner).toContainText('ThrottlingException');
    await ui.expectCount(60);
    await expect(ui.rows.first()).toBeVisible();
  });

  await test.step('InternalFailure on every attempt: the refresh banner names it', async () => {
    await setFaults(request, { internalError: 1 });
    // A throttled refresh waits two intervals before the next one.
    await page.clock.runFor(2 * INTERVAL);
    await expect(banner).toContainText('Couldn’t refresh the imports');
    await expect(banner).toContainText('CloudTrail had an internal error.');
    await expect(banner).toContainText('InternalFailure');
    await ui.expectCount(60);
  });

  await test.step('ServiceUnavailable on every attempt', async () => {
    await setFaults(request, { unavailable: 1 });
    await page.clock.runFor(INTERVAL);
    await expect(banner).toContainText('CloudTrail is temporarily unavailable.');
    await expect(banner).toContainText('Auto-refresh keeps trying.');
    await ui.expectCount(60);
  });

  await test.step('the faults clear: the next refresh succeeds and the banner goes', async () => {
    await setFaults(request, {});
    await page.clock.runFor(INTERVAL);
    await expect(banner).toHaveCount(0);
    await expect(page.getByText(/refresh failed at/)).toBeHidden();
    await expect(page.getByText(/^Last updated \d\d:\d\d:\d\d$/)).toBeVisible();
    await ui.expectCount(60);
  });
});

test('a listing that fails part-way keeps the imports it loaded and says so; Retry then loads the rest', async ({
  page,
  importsPage: ui,
  emulator,
  request,
  consoleErrors,
}) => {
  consoleErrors.allow(HTTP_ERRORS);
  await emulator.reset({ imports: 10_000 });
  // Slow pages, so that the fault can start part-way through the listing.
  await setFaults(request, { latencyMs: 250 });
  await ui.open();
  await expect(page.getByText(/^Loading… [2-9],000 imports loaded so far$/)).toBeVisible();
  await setFaults(request, { internalError: 1 });
  const banner = page.getByRole('alert').filter({ hasText: /^Loaded [\d,]+ imports, then the listing failed/ });
  await expect(banner).toContainText('CloudTrail had an internal error.');
  const loaded = Number(/Loaded ([\d,]+) imports/.exec((await banner.textContent()) ?? '')?.[1]?.replace(/,/g, ''));
  expect(loaded).toBeGreaterThanOrEqual(2_000);
  expect(loaded).toBeLessThan(10_000);
  await ui.expectCount(loaded);
  await expect(ui.rows.first()).toBeVisible();

  await setFaults(request, {});
  await banner.getByRole('button', { name: 'Retry' }).click();
  await ui.expectCount(10_000);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('dropped connections mid-listing lose nothing: every import arrives exactly once', async ({
  page,
  importsPage: ui,
  emulator,
  request,
  cloudtrail,
  consoleErrors,
}) => {
  test.setTimeout(60_000);
  consoleErrors.allow(NETWORK_ERRORS);
  await emulator.reset({ imports: 10_000 });
  await setFaults(request, { drop: 0.2, seed: 3 });
  const listing = recordListing(page);
  await page.clock.install({ time: FIXED_NOW });
  await ui.open();
  await expect(ui.count()).toHaveText('Showing 10,000 of 10,000 imports', { timeout: 45_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Chromium resends a request whose reused connection closed unanswered; the SDK retries the rest.
  expect((await injectedFaults(request)).drop).toBeGreaterThan(0);
  await setFaults(request, {});
  await expectEveryImportOnce(listing.ids, cloudtrail);
});

test('tokens invalidated mid-listing: the page starts over once, then reports the rejection and keeps its rows', async ({
  page,
  importsPage: ui,
  emulator,
  request,
  consoleErrors,
}) => {
  consoleErrors.allow(/status of 400/);
  await emulator.reset({ imports: 10_000 });
  await setFaults(request, { latencyMs: 250 });
  await ui.open();
  await expect(page.getByText(/^Loading… [2-9],000 imports loaded so far$/)).toBeVisible();
  await setFaults(request, { invalidateTokens: true });
  const banner = page.getByRole('alert').filter({ hasText: /then the listing failed/ });
  await expect(banner).toContainText(
    'CloudTrail rejected the token for the next page of the list, even after starting the list again.',
  );
  await expect(ui.rows.first()).toBeVisible();

  await setFaults(request, {});
  await banner.getByRole('button', { name: 'Retry' }).click();
  await ui.expectCount(10_000);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
