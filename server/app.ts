import { existsSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import sirv from 'sirv';
import { sendAwsError } from './aws-error.ts';
import type { ApiHandler } from './operations.ts';
import { CONFIG_PATH, sendPageConfig, type PageConfig } from './page-config.ts';
import { isPagePath, sendPage } from './page-html.ts';
import { checkApiCaller, checkRequest } from './request-guard.ts';
import { isCloudTrailPath, isControlPath } from './routes.ts';
import { setSecurityHeaders } from './security-headers.ts';

type StaticHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface AppOptions {
  distDir: string;
  /** Answers /cloudtrail: the emulator, or the signing proxy to AWS. */
  cloudtrail: ApiHandler;
  /** The emulator's test control at /_emulator/, only when --control is given. */
  control?: ApiHandler;
  hosts: Set<string> | 'any';
  pageConfig: PageConfig;
}

export function createApp(options: AppOptions): RequestListener {
  const built = existsSync(options.distDir);
  const serveStatic = built ? staticFiles(options.distDir) : pageNotBuilt;
  return (req, res) => {
    setSecurityHeaders(res);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const control = options.control !== undefined && isControlPath(path) ? options.control : undefined;
    const api = isCloudTrailPath(path) || control !== undefined;
    const verdict = checkRequest(req, options.hosts);
    if (!verdict.ok) return api ? refuseApi(res, verdict.reason) : refuse(res, verdict.reason);
    if (path === CONFIG_PATH) return sendPageConfig(res, options.pageConfig);
    if (!api && req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res);
    if (!api && built && isPagePath(path)) return void sendPage(req, res, options.distDir, options.pageConfig);
    if (!api) return serveStatic(req, res, () => notFound(res));
    const caller = checkApiCaller(req);
    if (!caller.ok) return refuseApi(res, caller.reason);
    if (control) control(req, res);
    else options.cloudtrail(req, res);
  };
}

function staticFiles(distDir: string): StaticHandler {
  return sirv(distDir, {
    // Look files up on each request: a rebuild under a running server then serves the new page
    // instead of failing on files the old build listed.
    dev: true,
    etag: true,
    setHeaders: (res, pathname) => {
      // Vite puts a content hash in every asset name, so assets never change under one URL.
      if (pathname.startsWith('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      else res.setHeader('Cache-Control', 'no-cache');
    },
  });
}

// The API still works without a build, which the server's own tests rely on.
function pageNotBuilt(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('The page is not built yet: run npm run build (npm start does it for you).\n');
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
