import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { withPageConfig, type PageConfig } from './page-config.ts';

// Paths that name a file (an extension in the last segment) are never the page: a missing asset is a 404.
const FILE_PATH = /\/[^/]*\.\w+$/;

/** Whether the path is the page itself or one of its client-side routes. */
export function isPagePath(pathname: string): boolean {
  return pathname === '/index.html' || !FILE_PATH.test(pathname);
}

/** Serves dist/index.html with the page config inlined, read on each request so a rebuild shows at once. */
export async function sendPage(req: IncomingMessage, res: ServerResponse, distDir: string, config: PageConfig): Promise<void> {
  let html: string;
  try {
    html = await readFile(join(distDir, 'index.html'), 'utf8');
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
    return;
  }
  const body = Buffer.from(withPageConfig(html, config));
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.byteLength,
    // The inlined config is this server's, so the page is never cached without asking.
    'Cache-Control': 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
