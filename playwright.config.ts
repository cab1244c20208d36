import { defineConfig } from '@playwright/test';
import { E2E_PORT } from './e2e/support/server-port.ts';
import { findChromium } from './scripts/find-chromium.ts';

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
  webServer: {
    // Built once by the test script (or `npm run build`); --control lets each test reset the emulator.
    command: `node --import tsx server/main.ts --port ${E2E_PORT} --control`,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
