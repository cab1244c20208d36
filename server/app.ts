import type { RequestListener, ServerResponse } from 'node:http';
import sirv from 'sirv';
import type { Emulator } from '../emulator/index.ts';
import { sendAwsError } from './aws-error.ts';
import { CONFIG_PATH, sendPageConfig, type PageConfig } from './page-config.ts';
import { checkApiCaller, checkRequest } from './request-guard.ts';
import { isCloudTrailPath, isControlPath } from './routes.ts';
import { setSecurityHeaders } from './security-headers.ts';

export interface AppOptions {
  distDir: string;
  emulator: Emulator;
  control: boolean;
  hosts: Set<string> | 'any';
  pageConfig: PageConfig;
}

export function createApp(options: AppOptions): RequestListener {
  const serveStatic = sirv(options.distDir, {
    single: true,
    etag: true,
    setHeaders: (res, pathname) => {
      // Vite puts a content hash in every asset name, so assets never change under one URL.
      if (pathname.startsWith('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      else res.setHeader('Cache-Control', 'no-cache');
    },
  });
  return (req, res) => {
    setSecurityHeaders(res);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const api = isCloudTrailPath(path) || (options.control && isControlPath(path));
    const verdict = checkRequest(req, options.hosts);
    if (!verdict.ok) return api ? refuseApi(res, verdict.reason) : refuse(res, verdict.reason);
    if (path === CONFIG_PATH) return sendPageConfig(res, options.pageConfig);
    if (!api && req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res);
    if (!api) return serveStatic(req, res, () => notFound(res));
    const caller = checkApiCaller(req);
    if (!caller.ok) return refuseApi(res, caller.reason);
    if (isCloudTrailPath(path)) options.emulator.handle(req, res);
    else options.emulator.handleControl(req, res);
  };
}

function refuseApi(res: ServerResponse, reason: string): void {
  sendAwsError(res, 403, 'AccessDeniedException', `Request refused: ${reason}`);
}

function refuse(res: ServerResponse, reason: string): void {
  res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`Forbidden: ${reason}\n`);
}

function methodNotAllowed(res: ServerResponse): void {
  res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Method not allowed\n');
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Not found\n');
}
