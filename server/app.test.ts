import { createServer, type Server } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import type { ApiHandler } from './operations.ts';
import { pageConfigFor } from './page-config.ts';
import { allowedHosts } from './request-guard.ts';

const seen: string[] = [];
const recordingApi: ApiHandler = (req, res) => {
  seen.push(`api ${req.url}`);
  res.writeHead(200, { 'Content-Type': 'application/x-amz-json-1.1' }).end('{}');
};
const recordingControl: ApiHandler = (req, res) => {
  seen.push(`control ${req.url}`);
  res.writeHead(204).end();
};

function distWithPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>dashboard</title></head><body></body></html>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  return dir;
}

async function listen(control: boolean): Promise<{ server: Server; base: string; distDir: string }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const distDir = distWithPage();
  const app = createApp({
    distDir, cloudtrail: recordingApi, control: control ? recordingControl : undefined,
    hosts: allowedHosts('127.0.0.1', port), pageConfig: pageConfigFor('emulator', [{ account: '123456789012', region: 'us-east-1' }], false),
  });
  server.on('request', app);
  return { server, base: `http://127.0.0.1:${port}`, distDir };
}

function inlinedConfig(html: string): unknown {
  const match = /<script type="application\/json" id="page-config">(.*?)<\/script>/s.exec(html);
  return match ? JSON.parse(match[1]) : undefined;
}

describe('the server', () => {
  let withControl: Awaited<ReturnType<typeof listen>>;
  let withoutControl: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    withControl = await listen(true);
    withoutControl = await listen(false);
  });
  afterAll(() => {
    withControl.server.close();
    withoutControl.server.close();
  });

  it('serves the page, with the security headers, at / and at any app path', async () => {
    for (const path of ['/', '/imports?status=FAILED']) {
      const response = await fetch(`${withControl.base}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>dashboard</title>');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('inlines the page config into the page at every page path, so the first request need not wait for /config', async () => {
    for (const path of ['/', '/index.html', '/imports?status=FAILED', '/deep/link']) {
      const response = await fetch(`${withControl.base}${path}`);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(inlinedConfig(await response.text())).toEqual(await (await fetch(`${withControl.base}/config`)).json());
    }
    const head = await fetch(`${withControl.base}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 404, not the page, for a file that is not there', async () => {
    const response = await fetch(`${withControl.base}/assets/missing-123.js`);
    expect(response.status).toBe(404);
  });

  it('serves a new build made while it runs, and answers 404 for the old build\'s files', async () => {
    rmSync(join(withoutControl.distDir, 'assets', 'index-abc123.js'));
    writeFileSync(join(withoutControl.distDir, 'assets', 'index-def456.js'), 'console.log(2)');
    expect((await fetch(`${withoutControl.base}/assets/index-abc123.js`)).status).toBe(404);
    expect(await (await fetch(`${withoutControl.base}/assets/index-def456.js`)).text()).toBe('console.log(2)');
  });

  it('serves hashed assets as immutable', async () => {
    const response = await fetch(`${withControl.base}/assets/index-abc123.js`);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('sends CloudTrail requests to the emulator with and without the trailing slash', async () => {
    seen.length = 0;
    await fetch(`${withControl.base}/cloudtrail`, { method: 'POST', body: '{}' });
    await fetch(`${withControl.base}/cloudtrail/`, { method: 'POST', body: '{}' });
    expect(seen).toEqual(['api /cloudtrail', 'api /cloudtrail/']);
  });

  it('tells the page which mode it runs in', async () => {
    const response = await fetch(`${withControl.base}/config`);
    expect(await response.json()).toEqual({
      mode: 'emulator', region: 'us-east-1', account: '123456789012', readOnly: false,
      sources: [{ account: '123456789012', region: 'us-east-1' }],
    });
  });

  it('exposes the emulator control only when asked to', async () => {
    seen.length = 0;
    expect((await fetch(`${withControl.base}/_emulator/reset`, { method: 'POST', body: '{}' })).status).toBe(204);
    expect((await fetch(`${withoutControl.base}/_emulator/reset`, { method: 'POST', body: '{}' })).status).toBe(405);
    expect(seen).toEqual(['control /_emulator/reset']);
  });

  it('refuses CloudTrail calls from another origin the way AWS refuses them', async () => {
    seen.length = 0;
    const response = await fetch(`${withControl.base}/cloudtrail/`, {
      method: 'POST', body: '{}', headers: { Origin: 'https://evil.example' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe('AccessDeniedException');
    expect(response.headers.get('x-amzn-requestid')).toBeTruthy();
    expect(await response.json()).toMatchObject({ __type: 'AccessDeniedException' });
    expect(seen).toEqual([]);
  });
});
