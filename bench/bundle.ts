import type { Browser } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { withPage } from './navigation.ts';

export interface BundleFigures {
  jsBytes: number;
  jsGzipBytes: number;
  /** The entry script alone: what has to run before the first CloudTrail request leaves. */
  entry: { path: string; bytes: number; gzipBytes: number };
  cssBytes: number;
  cssGzipBytes: number;
  files: { path: string; bytes: number; gzipBytes: number }[];
}

/**
 * The JavaScript and CSS a first visit downloads before the first row shows. The server sends them
 * uncompressed; the gzip figure (zlib's default level 6) is what a compressing proxy or CDN would send.
 */
export async function measureBundle(browser: Browser, url: string): Promise<BundleFigures> {
  return withPage(browser, async (page) => {
    const pending: Promise<{ type: string; path: string; body: Buffer }>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type !== 'script' && type !== 'stylesheet') return;
      pending.push(response.body().then((body) => ({ type, path: new URL(response.url()).pathname, body })));
    });
    await page.goto(url);
    await page.getByRole('table', { name: 'Imports' }).getByRole('row').nth(1).waitFor();
    const entryPath: unknown = await page.evaluate("document.querySelector('script[type=module][src]')?.getAttribute('src')");
    const assets = await Promise.all(pending);
    const files = assets.map(({ type, path, body }) => ({ type, path, bytes: body.length, gzipBytes: gzipSync(body).length }));
    const total = (type: string, key: 'bytes' | 'gzipBytes') =>
      files.filter((file) => file.type === type).reduce((sum, file) => sum + file[key], 0);
    const entry = files.find((file) => file.path === entryPath);
    if (!entry) throw new Error(`no entry script among ${files.map((file) => file.path).join(', ')}`);
    return {
      jsBytes: total('script', 'bytes'),
      jsGzipBytes: total('script', 'gzipBytes'),
      entry: { path: entry.path, bytes: entry.bytes, gzipBytes: entry.gzipBytes },
      cssBytes: total('stylesheet', 'bytes'),
      cssGzipBytes: total('stylesheet', 'gzipBytes'),
      files: files.map(({ path, bytes, gzipBytes }) => ({ path, bytes, gzipBytes })),
    };
  });
}
