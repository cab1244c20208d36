import { defineConfig } from '@playwright/test';
import { E2E_ORG_PORT, E2E_PORT } from './e2e/support/server-port.ts';
import { findChromium } from './scripts/find-chromium.ts';
import { E2E_AWS, proxyEnvironment } from './testing/e2e-aws.ts';

const AWS_MODE_SPEC = 'aws-mode.spec.ts';
const ORGANIZATION_SPEC = 'organization.spec.ts';

// The specs build SDK clients too; the Node 20 support notice would repeat in every worker.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: findChromium() },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'emulator', testIgnore: [AWS_MODE_SPEC, ORGANIZATION_SPEC] },
    { name: 'aws-mode', testMatch: AWS_MODE_SPEC, use: { baseURL: `http://127.0.0.1:${E2E_AWS.proxyPort}` } },
    { name: 'organization', testMatch: ORGANIZATION_SPEC, use: { baseURL: `http://127.0.0.1:${E2E_ORG_PORT}` } },
  ],
  // Started one after another, in this order: the proxy asks the fake AWS who it is as it starts.
  webServer: [
    {
      // The demo organization: 5 accounts x 3 regions, one account denied and one region without Lake.
      command: `node --import tsx server/main.ts --port ${E2E_ORG_PORT} --demo-org --control`,
      url: `http://127.0.0.1:${E2E_ORG_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    },
    {
      // Built once by the test script (or `npm run build`); --control lets each test reset the emulator.
      command: `node --import tsx server/main.ts --port ${E2E_PORT} --control`,
      url: `http://127.0.0.1:${E2E_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    },
    {
      command: 'node --import tsx testing/fake-aws-main.ts',
      // Any answer will do; an unsigned GET gets a 400 like AWS would give it.
      url: `http://127.0.0.1:${E2E_AWS.fakeAwsPort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node --import tsx server/main.ts --aws --port ${E2E_AWS.proxyPort} ${E2E_AWS.proxyArgs.join(' ')}`,
      url: `http://127.0.0.1:${E2E_AWS.proxyPort}/config`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: proxyEnvironment(),
    },
  ],
});
