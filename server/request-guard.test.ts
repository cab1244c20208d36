import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { allowedHosts, checkApiCaller, checkRequest, SignedInProxyHosts } from './request-guard.ts';

function request(headers: Record<string, string>, remoteAddress = '127.0.0.1'): IncomingMessage {
  return { headers, socket: { remoteAddress } } as unknown as IncomingMessage;
}

describe('request guard', () => {
  const hosts = allowedHosts('127.0.0.1', 4173);

  it('accepts the loopback names of its own port', () => {
    for (const host of ['127.0.0.1:4173', 'localhost:4173', '[::1]:4173']) {
      expect(checkRequest(request({ host }), hosts)).toEqual({ ok: true });
    }
  });

  it('refuses a foreign Host, as a DNS-rebinding page would send', () => {
    expect(checkRequest(request({ host: 'attacker.example:4173' }), hosts).ok).toBe(false);
    expect(checkRequest(request({ host: '127.0.0.1:9999' }), hosts).ok).toBe(false);
  });

  it('refuses another origin and accepts its own', () => {
    const own = request({ host: '127.0.0.1:4173', origin: 'http://127.0.0.1:4173' });
    const foreign = request({ host: '127.0.0.1:4173', origin: 'https://evil.example' });
    expect(checkRequest(own, hosts)).toEqual({ ok: true });
    expect(checkRequest(foreign, hosts)).toMatchObject({ ok: false, reason: expect.stringContaining('evil') });
  });

  it('accepts API calls without an Origin only from this machine', () => {
    expect(checkApiCaller(request({}, '127.0.0.1')).ok).toBe(true);
    expect(checkApiCaller(request({}, '::ffff:127.0.0.1')).ok).toBe(true);
    expect(checkApiCaller(request({}, '192.0.2.10')).ok).toBe(false);
  });

  it('accepts any Host when bound to every address', () => {
    expect(allowedHosts('0.0.0.0', 4173)).toBe('any');
  });
});

describe('request guard behind the signing-in proxy', () => {
  const hosts = new SignedInProxyHosts('d111111abcdef8.cloudfront.net', 'X-Dashboard-User');
  const signedIn = { host: 'd111111abcdef8.cloudfront.net', 'x-dashboard-user': 'alice' };

  it('accepts its public name over https with a signed-in user', () => {
    expect(checkRequest(request({ ...signedIn, origin: 'https://d111111abcdef8.cloudfront.net' }), hosts)).toEqual({ ok: true });
    expect(checkRequest(request(signedIn), hosts)).toEqual({ ok: true });
  });

  it('refuses the same name over plain http, another name, and another origin', () => {
    expect(checkRequest(request({ ...signedIn, origin: 'http://d111111abcdef8.cloudfront.net' }), hosts).ok).toBe(false);
    expect(checkRequest(request({ ...signedIn, host: 'abcdefgh.lambda-url.eu-west-1.on.aws' }), hosts).ok).toBe(false);
    expect(checkRequest(request({ ...signedIn, origin: 'https://evil.example' }), hosts).ok).toBe(false);
  });

  it('refuses any request that names no signed-in user', () => {
    const verdict = checkRequest(request({ host: 'd111111abcdef8.cloudfront.net', origin: 'https://d111111abcdef8.cloudfront.net' }), hosts);
    expect(verdict).toEqual({ ok: false, reason: 'no signed-in user' });
  });
});
