import { describe, expect, it } from 'vitest';
import { faultsFromFlags } from '../fault-flags.ts';
import { post, startEmulator } from './harness.ts';

function control(url: string, path: string, body: unknown) {
  return fetch(`${url}${path}`, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });
}

describe('fault settings', () => {
  it('apply to the AWS API only: the control endpoint answers through them, and a reset clears them', async () => {
    const h = await startEmulator({ imports: 5, faults: { unavailable: 1 } });
    try {
      expect((await post(h.url, 'ListImports', {})).status).toBe(503);
      expect((await control(h.url, '/_emulator/advance', { seconds: 1 })).status).toBe(204);
      expect((await control(h.url, '/_emulator/reset', {})).status).toBe(204);
      expect((await post(h.url, 'ListImports', {})).status).toBe(200);
      expect((await control(h.url, '/_emulator/faults', { internalError: 1 })).status).toBe(204);
      expect((await post(h.url, 'ListImports', {})).status).toBe(500);
      const report = await (await fetch(`${h.url}/_emulator/faults`)).json();
      expect(report).toEqual({
        settings: expect.objectContaining({ internalError: 1 }),
        injected: { drop: 0, throttle: 0, internalError: 1, unavailable: 0 },
      });
      expect((await control(h.url, '/_emulator/faults', {})).status).toBe(204);
      expect((await post(h.url, 'ListImports', {})).status).toBe(200);
    } finally {
      await h.close();
    }
  });

  it.each([
    [{ throttle: 1.5 }, /throttle must be a share from 0 to 1/],
    [{ throttle: '0.2' }, /throttle must be a share/],
    [{ throttle: 0.6, drop: 0.6 }, /add up to 1.2/],
    [{ latencyMs: -1 }, /latencyMs/],
    [{ invalidateTokens: 'yes' }, /invalidateTokens/],
    [{ seed: 1.5 }, /seed/],
    [{ throttling: 0.1 }, /Unknown fault setting throttling/],
    ['[0.1]', /JSON object/],
  ])('refuses %j with 400 and says why', async (body, reason) => {
    const h = await startEmulator({ imports: 1 });
    try {
      const response = await control(h.url, '/_emulator/faults', body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toMatch(reason);
    } finally {
      await h.close();
    }
  });

  it('are read from the --fault-* flags, naming the flag that is wrong', () => {
    const flags = { 'fault-throttle': '0.2', 'fault-latency-ms': '40', 'fault-invalidate-tokens': true, 'fault-seed': '9' };
    const settings = { throttle: 0.2, latencyMs: 40, invalidateTokens: true, seed: 9 };
    expect(faultsFromFlags(flags)).toEqual(expect.objectContaining(settings));
    expect(faultsFromFlags({})).toEqual(expect.not.objectContaining({ throttle: expect.anything() }));
    expect(() => faultsFromFlags({ 'fault-unavailable': 'lots' })).toThrow(/--fault-unavailable must be a number/);
    expect(() => faultsFromFlags({ 'fault-internal-error': '2' })).toThrow(/--fault-internal-error must be a share/);
  });
});
