import type { Browser } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { createEmulator } from '../emulator/index.ts';
import { isCloudTrailPath } from '../server/routes.ts';
import { setSecurityHeaders } from '../server/security-headers.ts';
import { startPaintedPage, type PaintedPage } from './reference.ts';

/**
 * The floor under the dashboard's first row: bench/floor/ loads only React and the CloudTrail SDK,
 * sends one ListImports to the same emulator with the same 60 imports, and paints them in a plain
 * table. It is served with the dashboard's security headers, so its new page pays the same process
 * switch (Cross-Origin-Opener-Policy). Whatever the dashboard renders, its first row cannot come
 * sooner than this while the browser fetches and renders the rows itself.
 */
export function startFloor(browser: Browser, outDir: string, imports: number): Promise<PaintedPage> {
  const emulator = createEmulator({ imports });
  return startPaintedPage(browser, fileURLToPath(new URL('./floor/', import.meta.url)), outDir, {
    headers: setSecurityHeaders,
    routes: (req, res, path) => {
      if (!isCloudTrailPath(path)) return false;
      emulator.handle(req, res);
      return true;
    },
  });
}
