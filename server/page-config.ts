import type { ServerResponse } from 'node:http';

// What the page needs to know about the server it talks to; read at run time, never built in.
export interface PageConfig {
  mode: 'emulator' | 'aws';
  region: string;
  account: string;
  readOnly: boolean;
}

export const CONFIG_PATH = '/config';

export function sendPageConfig(res: ServerResponse, config: PageConfig): void {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(config));
}
