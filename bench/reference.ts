import type { Browser } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { withPage } from './navigation.ts';
import { spread, type Spread } from './stats.ts';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };

/**
 * A fixed page, loaded in the same browser between the dashboard's runs, that says in
 * `window.__referencePainted` when the frame with its table was painted.
 */
export interface PaintedPage {
  /** Loads the page `runs` times more. */
  sample(runs: number): Promise<void>;
  /** Navigation start to the painted table, over every sample so far. */
  spread(): Spread;
  close(): Promise<void>;
}

/** Answers what is not a file of the page (the floor page's /cloudtrail); false: not handled. */
type ExtraRoutes = (req: IncomingMessage, res: ServerResponse, path: string) => boolean;

/**
 * The yardstick every browser timing is divided by: bench/reference/, a page that loads React and
 * paints a 60-row table. A busy machine slows both alike, so their ratio moves much less than either time.
 */
export function startReference(browser: Browser, outDir: string): Promise<PaintedPage> {
  return startPaintedPage(browser, fileURLToPath(new URL('./reference/', import.meta.url)), outDir);
}

/** Builds the page in `sourceDir` with Vite and serves it on a free loopback port. */
export async function startPaintedPage(
  browser: Browser,
  sourceDir: string,
  outDir: string,
  options: { routes?: ExtraRoutes; headers?: (res: ServerResponse) => void } = {},
): Promise<PaintedPage> {
  await build({ root: sourceDir, configFile: false, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await serve(outDir, options.routes ?? (() => false), options.headers ?? (() => {}));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const times: number[] = [];
  return {
    async sample(runs) {
      for (let run = 0; run < runs; run++) times.push(await paintedAt(browser, url));
    },
    spread: () => spread(times),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function paintedAt(browser: Browser, url: string): Promise<number> {
  return withPage(browser, async (page) => {
    await page.goto(url);
    const painted: unknown = await page.evaluate('window.__referencePainted');
    if (typeof painted !== 'number') throw new Error(`${url} reported no paint`);
    return painted;
  });
}

function serve(dir: string, routes: ExtraRoutes, headers: (res: ServerResponse) => void): Promise<Server> {
  const server = createServer((req, res) => {
    headers(res);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (routes(req, res, path)) return;
    const file = join(dir, normalize(path === '/' ? '/index.html' : path));
    if (!file.startsWith(dir)) return void res.writeHead(404).end();
    readFile(file).then(
      (body) => res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
