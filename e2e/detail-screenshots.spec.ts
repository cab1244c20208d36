import { StopImportCommand } from '@aws-sdk/client-cloudtrail';
import { listImports } from './support/emulator-data.ts';
import { expect, FIXED_NOW, test } from './support/fixtures.ts';
import { ImportDetailView } from './support/import-detail.ts';
import { startImportElsewhere } from './support/start-import.ts';

// `SCREENSHOT_DIR=docs/screenshots npx playwright test detail-screenshots` refreshes the pictures in the docs.
const shots = [
  { kind: 'active', colorScheme: 'light', file: 'detail-active.png' },
  { kind: 'failed', colorScheme: 'light', file: 'detail-failed.png' },
  { kind: 'active', colorScheme: 'dark', file: 'detail-active-dark.png' },
  { kind: 'failed', colorScheme: 'dark', file: 'detail-failed-dark.png' },
] as const;

for (const shot of shots) {
  test(`the detail of ${shot.kind === 'active' ? 'a running' : 'a failed'} import in the ${shot.colorScheme} scheme (${shot.file})`, async ({
    page,
    importsPage: ui,
    cloudtrail,
    emulator,
  }) => {
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.emulateMedia({ colorScheme: shot.colorScheme });
    const [active] = await listImports(cloudtrail, { ImportStatus: 'IN_PROGRESS' });
    let id = active.ImportId ?? '';
    let now = FIXED_NOW + 45_000;
    if (shot.kind === 'failed') {
      // A failure of every kind, so the groups show what they are for.
      await cloudtrail.send(new StopImportCommand({ ImportId: id }));
      id = await startImportElsewhere(cloudtrail, active.Destinations?.[0] ?? '', { fail: true });
      await emulator.advance(6 * 60);
      now += 6 * 60_000;
    }
    await page.clock.install({ time: now });
    await ui.open(`?import=${id}`);
    const detail = new ImportDetailView(page);
    await expect(shot.kind === 'failed' ? detail.failures : detail.progress).toBeVisible();
    await expect(page.getByText(/^Last updated \d\d:\d\d:\d\d/)).toBeVisible();
    const dir = process.env.SCREENSHOT_DIR;
    await page.screenshot({ path: dir ? `${dir}/${shot.file}` : test.info().outputPath(shot.file) });
  });
}
