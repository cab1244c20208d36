import { StopImportCommand } from '@aws-sdk/client-cloudtrail';
import { listImports } from './support/emulator-data.ts';
import { expect, FIXED_NOW, test } from './support/fixtures.ts';
import { startImportElsewhere } from './support/start-import.ts';

const INTERVAL = 10_000;

// A stand-in for the browser's Notification API: permission is granted when asked, and every
// notification shown is recorded, so the test sees what a person would.
function recordNotifications() {
  const shown: { title: string; tag?: string }[] = [];
  let permission: NotificationPermission = 'default';
  class RecordedNotification {
    onclick: (() => void) | null = null;
    static get permission() {
      return permission;
    }
    static async requestPermission() {
      permission = 'granted';
      return permission;
    }
    constructor(title: string, options?: NotificationOptions) {
      shown.push({ title, tag: options?.tag });
    }
    close() {}
  }
  Object.defineProperty(window, 'Notification', { value: RecordedNotification });
  Object.defineProperty(window, 'shownNotifications', { value: shown });
}

function setVisibility(state: string) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

test('an import that fails while the tab is hidden raises a notice and, with Notify me on, a browser notification', async ({
  page,
  importsPage: ui,
  cloudtrail,
  cloudtrailCalls,
  emulator,
}) => {
  await page.addInitScript(recordNotifications);
  await page.clock.install({ time: FIXED_NOW });
  const [active] = await listImports(cloudtrail, { ImportStatus: 'IN_PROGRESS' });
  await cloudtrail.send(new StopImportCommand({ ImportId: active.ImportId }));
  const id = await startImportElsewhere(cloudtrail, active.Destinations?.[0] ?? '', { fail: true });
  await ui.open();
  await expect(ui.row(id)).toContainText(/Initializing|In progress/);

  const notify = page.getByRole('button', { name: 'Notify me' });
  await expect(notify).toHaveAttribute('aria-pressed', 'false');
  // Nothing asks for permission until the person does.
  expect(await page.evaluate(() => Notification.permission)).toBe('default');
  await notify.click();
  await expect(notify).toHaveAttribute('aria-pressed', 'true');

  await page.evaluate(setVisibility, 'hidden');
  await emulator.advance(6 * 60);
  cloudtrailCalls.clear();
  await page.clock.runFor(INTERVAL);
  await expect.poll(() => page.evaluate(() => Reflect.get(window, 'shownNotifications'))).toEqual([
    { title: `Import ${id} failed: some files could not be imported`, tag: expect.stringContaining(id) },
  ]);
  expect(cloudtrailCalls.of('GetImport').map((call) => call.input.ImportId)).toEqual([id]);

  await page.evaluate(setVisibility, 'visible');
  const notice = page.getByRole('alert').filter({ hasText: `Import ${id} failed` });
  await expect(notice).toBeVisible();
  await expect(ui.row(id)).toContainText('Failed');
  await notice.getByRole('link', { name: 'View import details' }).click();
  await expect(page.getByRole('heading', { name: `Import ${id}` })).toBeVisible();

  await test.step('with nothing running, a hidden tab is not polled even with Notify me on', async () => {
    await page.evaluate(setVisibility, 'hidden');
    cloudtrailCalls.clear();
    await page.clock.runFor(6 * INTERVAL);
    expect(cloudtrailCalls.calls.length).toBeLessThanOrEqual(2);
  });
});
