import { test as base, expect, type APIRequestContext } from '@playwright/test';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { CloudTrailCalls } from './cloudtrail-calls.ts';
import { ImportsPage } from './imports-page.ts';

// Emulator time in every test unless a test resets it otherwise: a fixed instant, so data is the same each run.
export const FIXED_NOW = Date.UTC(2026, 10, 28, 12, 0, 0);

export interface ResetOptions { seed?: number; imports?: number; now?: number }

export interface EmulatorControl {
  reset(options?: ResetOptions): Promise<void>;
  advance(seconds: number): Promise<void>;
}

export interface ConsoleErrors {
  // Chromium logs every non-2xx response as a console error; a test that provokes one says so.
  allow(pattern: RegExp): void;
}

interface Fixtures {
  consoleErrors: ConsoleErrors;
  emulator: EmulatorControl;
  cloudtrail: CloudTrailClient;
  /** CloudTrail requests the page sends, recorded from before the first navigation. */
  cloudtrailCalls: CloudTrailCalls;
  importsPage: ImportsPage;
}

export const test = base.extend<Fixtures>({
  // Numbers and times render the same on every machine.
  locale: 'en-US',
  timezoneId: 'UTC',
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await use({ allow: (pattern) => allowed.push(pattern) });
      expect(errors.filter((text) => !allowed.some((pattern) => pattern.test(text)))).toEqual([]);
    },
    { auto: true },
  ],
  emulator: [
    async ({ request }, use) => {
      const control = emulatorControl(request);
      await control.reset();
      await use(control);
    },
    { auto: true },
  ],
  cloudtrail: async ({ baseURL }, use) => {
    const client = new CloudTrailClient({
      endpoint: `${baseURL}/cloudtrail`,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'e2e-not-a-secret' },
      maxAttempts: 1,
    });
    await use(client);
    client.destroy();
  },
  cloudtrailCalls: async ({ page }, use) => {
    await use(new CloudTrailCalls(page));
  },
  importsPage: async ({ page }, use) => {
    await use(new ImportsPage(page));
  },
});

function emulatorControl(request: APIRequestContext): EmulatorControl {
  const post = async (path: string, data: object) => {
    const response = await request.post(path, { data });
    expect(response.status(), `${path}: ${await response.text()}`).toBe(204);
  };
  return {
    reset: (options = {}) => post('/_emulator/reset', { now: FIXED_NOW, ...options }),
    advance: (seconds) => post('/_emulator/advance', { seconds }),
  };
}

export { expect };
