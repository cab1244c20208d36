import { CloudTrailClient, ListImportsCommand } from '@aws-sdk/client-cloudtrail';
import { test as base, expect } from '@playwright/test';
import { E2E_AWS } from '../testing/e2e-aws.ts';

// This spec runs against `npm start -- --aws` signing for a fake AWS, where the other specs use the emulator.
const test = base.extend<{ failOnConsoleErrors: void; cloudtrail: CloudTrailClient }>({
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
    // Configured like the page's own client: same origin, placeholder keys that the proxy replaces.
    const client = new CloudTrailClient({
      endpoint: `${baseURL}/cloudtrail`,
      region: E2E_AWS.region,
      credentials: { accessKeyId: 'BROWSER', secretAccessKey: 'not-a-secret' },
      maxAttempts: 1,
    });
    await use(client);
    client.destroy();
  },
});

test('shows the imports of the AWS account the proxy signs for, and says which account and region', async ({ page, cloudtrail }) => {
  const { Imports = [] } = await cloudtrail.send(new ListImportsCommand({ MaxResults: 5 }));
  const newest = Imports[0];
  expect(newest?.ImportId, 'the fake AWS answered ListImports through the proxy').toBeTruthy();

  await page.goto('/');
  const connection = page.getByRole('definition');
  await expect(connection.filter({ hasText: /^AWS$/ })).toBeVisible();
  await expect(connection.filter({ hasText: E2E_AWS.key.account })).toBeVisible();
  await expect(connection.filter({ hasText: E2E_AWS.region })).toBeVisible();
  await expect(connection.filter({ hasText: 'Allowed' })).toBeVisible();

  await page.getByLabel('Search').fill(newest?.ImportId ?? '');
  const table = page.getByRole('table', { name: 'Imports' });
  const row = table.getByRole('row').filter({ hasText: newest?.ImportId ?? '' });
  await expect(row).toBeVisible();
  await expect(row).toContainText(new RegExp(String(newest?.ImportStatus).replace('_', '.'), 'i'));
});
