import type { ServerResponse } from 'node:http';

/** One (account, region) pair the page shows; the browser names it in each request's credential scope. */
export interface PageSource {
  account: string;
  accountName?: string;
  region: string;
}

// What the page needs to know about the server it talks to; read at run time, never built in.
export interface PageConfig {
  mode: 'emulator' | 'aws';
  readOnly: boolean;
  /** At least one; the first is the default source. */
  sources: PageSource[];
  /** The first source's, for readers that know only one. */
  region: string;
  account: string;
}

export const CONFIG_PATH = '/config';

export function pageConfigFor(mode: PageConfig['mode'], sources: PageSource[], readOnly: boolean): PageConfig {
  const [first] = sources;
  if (first === undefined) throw new RangeError('The page needs at least one source');
  return { mode, readOnly, sources, region: first.region, account: first.account };
}

export function sendPageConfig(res: ServerResponse, config: PageConfig): void {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(config));
}

/**
 * The config as a JSON block for index.html, so the page can send its first request without asking
 * for /config. A JSON script is data, never run, so the strict CSP still holds; `<` is escaped so no
 * value can close the element.
 */
export function pageConfigScript(config: PageConfig): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<script type="application/json" id="page-config">${json}</script>`;
}

/** index.html with the config block at the end of its head (or at the start, without a head). */
export function withPageConfig(html: string, config: PageConfig): string {
  const script = pageConfigScript(config);
  const headEnd = html.search(/<\/head>/i);
  return headEnd === -1 ? `${script}\n${html}` : `${html.slice(0, headEnd)}  ${script}\n  ${html.slice(headEnd)}`;
}
