import type { Page } from '@playwright/test';
import { dataStoreNames } from './support/emulator-data.ts';
import { expect, test } from './support/fixtures.ts';
import { modelProblems, urlQueries } from './support/url-fuzz.ts';

const LINKS = 80;
// Every fifth link is opened as a new page load; the rest arrive as Back/Forward would bring them.
const RELOAD_EVERY = 5;
// What CloudTrail answers for a well-formed ARN that names no event data store of the account.
const UNKNOWN_STORE = ['EventDataStoreARNInvalidException', 'EventDataStoreNotFoundException'];

/** CloudTrail answers the page got that were refusals, each with the link open at the time. */
function recordRefusals(page: Page, currentLink: () => string): { link: string; type: string }[] {
  const refusals: { link: string; type: string }[] = [];
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/cloudtrail') || response.status() < 400) return;
    refusals.push({ link: currentLink(), type: response.headers()['x-amzn-errortype'] ?? String(response.status()) });
  });
  return refusals;
}

async function openLink(page: Page, query: string, reload: boolean): Promise<void> {
  if (reload) {
    await page.goto(`/${query}`);
    return;
  }
  await page.evaluate((search) => {
    window.history.pushState(null, '', `/${search}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}

test(`${LINKS} generated links never crash the page, and every request they cause is well-formed for CloudTrail`, async ({
  page,
  importsPage: ui,
  cloudtrail,
  cloudtrailCalls,
  consoleErrors,
}) => {
  test.setTimeout(90_000);
  // Tolerated here only for unknown data stores; the next test holds the page to the stricter rule.
  consoleErrors.allow(/status of 40[04]/);
  const arns = [...(await dataStoreNames(cloudtrail)).keys()];
  let link = '';
  const crashes: string[] = [];
  page.on('pageerror', (error) => crashes.push(`${link}: ${error.message}`));
  const refusals = recordRefusals(page, () => link);
  // Whatever the link, the page ends up in one of these states; a crash would unmount them all.
  const settled = ui.count().or(page.getByText('No imports match these filters')).or(page.getByRole('alert'));

  for (const [index, query] of urlQueries(20131101, LINKS, arns).entries()) {
    link = query;
    await openLink(page, query, index % RELOAD_EVERY === 0);
    await expect(settled.first(), link).toBeVisible();
  }
  await expect(ui.count()).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Imports/, level: 1 })).toBeVisible();

  expect(crashes).toEqual([]);
  expect(cloudtrailCalls.calls.flatMap(modelProblems)).toEqual([]);
  expect(refusals.filter((refusal) => !UNKNOWN_STORE.includes(refusal.type))).toEqual([]);
  expect(cloudtrailCalls.of('ListImports').length).toBeGreaterThan(LINKS / RELOAD_EVERY);
});

test('a link naming an event data store the account does not have sends no request CloudTrail would refuse', async ({
  page,
  importsPage: ui,
  cloudtrail,
  consoleErrors,
}) => {
  consoleErrors.allow(/status of 40[04]/);
  const [arn] = [...(await dataStoreNames(cloudtrail)).keys()];
  let link = '';
  const refusals = recordRefusals(page, () => link);
  const links = [
    arn.split('/').pop() ?? arn,
    arn.toUpperCase(),
    `${arn}/x`,
    'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/00000000-0000-4000-8000-000000000000',
  ];
  for (const destination of links) {
    link = `?destination=${encodeURIComponent(destination)}`;
    await ui.open(link);
    await expect(ui.count().or(page.getByRole('alert')).first()).toBeVisible();
  }
  expect(refusals).toEqual([]);
});
