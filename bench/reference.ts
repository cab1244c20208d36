import type { Browser } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { withPage } from './navigation.ts';
import { spread, type Spread } from './stats.ts';

const SOURCE = fileURLToPath(new URL('./reference/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };

/**
 * The yardstick every browser timing is divided by: a fixed page (bench/reference/) that loads React
 * and paints a 60-row table, loaded in the same browser between the dashboard's runs. A busy machine
 * slows both alike, so their ratio moves much less than either time.
 */
export interface Reference {
  /** Loads the reference page `runs` times more. */
  sample(runs: number): Promise<void>;
  /** Navigation start to the painted table, over every sample so far. */
  spread(): Spread;
  close(): Promise<void>;
}

export async function startReference(browser: Browser, outDir: string): Promise<Reference> {
  await build({ root: SOURCE, configFile: false, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await serve(outDir);
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
    if (typeof painted !== 'number') throw new Error('the reference page reported no paint');
    return painted;
  });
}

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = join(dir, normalize(path === '/' ? '/index.html' : path));
    if (!file.startsWith(dir)) return void res.writeHead(404).end();
    readFile(file).then(
      (body) => res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
