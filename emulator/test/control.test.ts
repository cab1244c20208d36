import { GetImportCommand, ListImportsCommand } from '@aws-sdk/client-cloudtrail';
import { createServer } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, realClock } from '../index.ts';
import { startEmulator, urlOf, type Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startEmulator({ imports: 10 });
});
afterEach(() => h.close());

function control(url: string, path: string, body?: unknown, method = 'POST') {
  return fetch(`${url}${path}`, { method, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
}

async function listed(status?: 'IN_PROGRESS') {
  const { Imports = [] } = await h.client.send(new ListImportsCommand({ MaxResults: 1000, ImportStatus: status }));
  return Imports;
}

describe('control endpoint', () => {
  it('reseeds with another import count and seed', async () => {
    const before = await listed();
    expect((await control(h.url, '/_emulator/reset', { imports: 3, seed: 99 })).status).toBe(204);
    const after = await listed();
    expect(after).toHaveLength(3);
    expect(after.map((item) => item.ImportId)).not.toContain(before[0]?.ImportId);
    expect((await control(h.url, '/_emulator/reset', {})).status).toBe(204);
    expect(await listed()).toEqual(before);
  });

  it('freezes a manual clock at `now` and moves it with advance', async () => {
    const now = Date.UTC(2025, 0, 1);
    expect((await control(h.url, '/_emulator/reset', { now })).status).toBe(204);
    const [running] = await listed('IN_PROGRESS');
    const created = running?.CreatedTimestamp?.getTime() ?? 0;
    expect(created).toBeLessThan(now);
    expect(created).toBeGreaterThanOrEqual(now - 30 * 60_000);
    const before = await h.client.send(new GetImportCommand({ ImportId: running?.ImportId }));
    expect((await control(h.url, '/_emulator/advance', { seconds: 60 })).status).toBe(204);
    const after = await h.client.send(new GetImportCommand({ ImportId: running?.ImportId }));
    expect(after.UpdatedTimestamp?.getTime()).toBeGreaterThan(before.UpdatedTimestamp?.getTime() ?? 0);
    expect(after.UpdatedTimestamp?.getTime()).toBeLessThanOrEqual(now + 60_000);
  });

  it('answers bad input with 400 and a JSON message', async () => {
    for (const [path, body] of [
      ['/_emulator/reset', '{"seed": '],
      ['/_emulator/reset', '[1]'],
      ['/_emulator/reset', { imports: -1 }],
      ['/_emulator/reset', { imports: 'many' }],
      ['/_emulator/reset', { now: '2025-01-01' }],
      ['/_emulator/advance', { seconds: 'ten' }],
      ['/_emulator/advance', {}],
    ] as const) {
      const response = await control(h.url, path, body);
      expect(response.status, `${path} ${JSON.stringify(body)}`).toBe(400);
      expect(await response.json()).toEqual({ message: expect.any(String) });
    }
  });

  it('answers anything else under /_emulator with 404', async () => {
    expect((await control(h.url, '/_emulator/rewind', {})).status).toBe(404);
    expect((await control(h.url, '/_emulator/reset', undefined, 'GET')).status).toBe(404);
  });

  it('refuses to advance a real-time clock with 409', async () => {
    const emulator = createEmulator({ imports: 1, clock: realClock() });
    const server = createServer((req, res) => emulator.handleControl(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = urlOf(server);
      const response = await control(url, '/_emulator/advance', { seconds: 5 });
      expect(response.status).toBe(409);
      expect(await response.json()).toEqual({ message: expect.stringContaining('real time') });
      expect((await control(url, '/_emulator/reset', { now: Date.UTC(2025, 0, 1) })).status).toBe(204);
      expect((await control(url, '/_emulator/advance', { seconds: 5 })).status).toBe(204);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
