import { CloudTrailClient, ListImportsCommand } from '@aws-sdk/client-cloudtrail';
import { test as base, expect } from '@playwright/test';
import { E2E_AWS } from '../testing/e2e-aws.ts';

// This spec runs against `npm start -- --aws --org …` signing for a fake AWS, where the other specs use the emulator.
const test = base.extend<{ failOnConsoleErrors: void; cloudtrail: (account: string) => CloudTrailClient }>({
  failOnConsoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await use();
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
  cloudtrail: async ({ baseURL }, use) => {
    const clients: CloudTrailClient[] = [];
    // Configured like the page's own clients: same origin, the account as key ID, keys the proxy replaces.
    await use((account) => {
      const client = new CloudTrailClient({
        endpoint: `${baseURL}/cloudtrail`,
        region: E2E_AWS.region,
        credentials: { accessKeyId: account, secretAccessKey: 'not-a-secret' },
        maxAttempts: 1,
      });
      clients.push(client);
      return client;
    });
    for (const client of clients) client.destroy();
  },
});

const [management] = E2E_AWS.accounts;

test('shows the imports of the AWS account the proxy signs for, and says which account and region', async ({ page, cloudtrail }) => {
  const { Imports = [] } = await cloudtrail('BROWSER').send(new ListImportsCommand({ MaxResults: 5 }));
  const newest = Imports[0];
  expect(newest?.ImportId, 'the fake AWS answered ListImports through the proxy').toBeTruthy();

  await page.goto('/');
  const connection = page.getByRole('definition');
  await expect(connection.filter({ hasText: /^AWS$/ })).toBeVisible();
  await expect(connection.filter({ hasText: '2 (2 accounts × 1 region)' })).toBeVisible();
  await expect(connection.filter({ hasText: 'Allowed' })).toBeVisible();

  await page.getByLabel('Search').fill(newest?.ImportId ?? '');
  const table = page.getByRole('table', { name: 'Imports' });
  const row = table.getByRole('row').filter({ hasText: newest?.ImportId ?? '' });
  await expect(row).toBeVisible();
  await expect(row).toContainText(E2E_AWS.key.account);
  await expect(row).toContainText(E2E_AWS.region);
  await expect(row).toContainText(new RegExp(String(newest?.ImportStatus).replace('_', '.'), 'i'));
});

test('shows a member account\'s imports, read through the member role in that account\'s own session', async ({ page, cloudtrail, request }) => {
  const { member } = E2E_AWS;
  const { Imports = [] } = await cloudtrail(member.account).send(new ListImportsCommand({ MaxResults: 5 }));
  const newest = Imports[0];
  expect(newest?.ImportId, 'the member account has imports of its own').toBeTruthy();
  const managementImports = await cloudtrail(management.id).send(new ListImportsCommand({ MaxResults: 1000 }));
  expect(managementImports.Imports?.map((item) => item.ImportId)).not.toContain(newest?.ImportId);

  await page.goto('/');
  const accountFilter = page.getByRole('combobox', { name: 'Account' });
  await expect(accountFilter.getByRole('option', { name: `${member.name} (${member.account})` })).toBeAttached();
  await page.getByLabel('Search').fill(newest?.ImportId ?? '');
  const row = page.getByRole('table', { name: 'Imports' }).getByRole('row').filter({ hasText: newest?.ImportId ?? '' });
  await expect(row).toContainText(member.account);

  const calls: { operation: string; account: string; roleSession?: string; region: string }[] =
    await (await request.get(`http://127.0.0.1:${E2E_AWS.fakeAwsPort}${E2E_AWS.callsPath}`)).json();
  const memberCalls = calls.filter((call) => call.account === member.account);
  expect(memberCalls.length).toBeGreaterThan(1);
  for (const call of memberCalls) expect(call).toMatchObject({ roleSession: 'cloudtrail-imports-dashboard', region: E2E_AWS.region });
  expect(calls.filter((call) => call.account === management.id).every((call) => call.roleSession === undefined)).toBe(true);
});
