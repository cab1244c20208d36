import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

export type GuardVerdict = { ok: true } | { ok: false; reason: string };

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const WILDCARD_ADDRESSES = ['0.0.0.0', '::'];

/**
 * The one public name of a deployment behind a proxy that terminates TLS and signs users in
 * (CloudFront and the Lambda entry): pages are reached as `https://<publicHost>`, and every request
 * must name its signed-in user in `identityHeader`, which only that proxy sets.
 */
export class SignedInProxyHosts extends Set<string> {
  readonly identityHeader: string;

  constructor(publicHost: string, identityHeader: string) {
    super([publicHost.toLowerCase()]);
    this.identityHeader = identityHeader.toLowerCase();
  }
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

export function allowedHosts(host: string, port: number): Set<string> | 'any' {
  if (WILDCARD_ADDRESSES.includes(host)) return 'any';
  const name = isIP(host) === 6 ? `[${host}]` : host;
  const names = isLoopbackAddress(host) || host === 'localhost' ? [...LOOPBACK_NAMES, name] : [name];
  return new Set(names.map((n) => `${n}:${port}`));
}

// A foreign Host is how DNS rebinding reaches a local server; a foreign Origin is another site's page.
export function checkRequest(req: IncomingMessage, hosts: Set<string> | 'any'): GuardVerdict {
  const host = req.headers.host ?? '';
  if (hosts !== 'any' && !hosts.has(host.toLowerCase())) {
    return { ok: false, reason: `Host "${host}" is not this server` };
  }
  const scheme = hosts instanceof SignedInProxyHosts ? 'https' : 'http';
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `${scheme}://${host}`) {
    return { ok: false, reason: `Origin "${origin}" is not this server` };
  }
  if (hosts instanceof SignedInProxyHosts && !req.headers[hosts.identityHeader]) {
    return { ok: false, reason: 'no signed-in user' };
  }
  return { ok: true };
}

export function checkApiCaller(req: IncomingMessage): GuardVerdict {
  if (req.headers.origin !== undefined || isLoopbackAddress(req.socket.remoteAddress)) return { ok: true };
  return { ok: false, reason: 'Requests without an Origin are accepted only from this machine' };
}
