import type { IncomingMessage } from 'node:http';

// __Host-: the browser keeps it only if Secure, Path=/ and without Domain, so no subdomain can set it.
export const SESSION_COOKIE = '__Host-imports-dashboard-session';
export const SIGN_IN_COOKIE = '__Host-imports-dashboard-sign-in';

export function cookiesOf(req: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (req.headers.cookie ?? '').split(';')) {
    const split = pair.indexOf('=');
    if (split > 0) cookies.set(pair.slice(0, split).trim(), pair.slice(split + 1).trim());
  }
  return cookies;
}

/** HttpOnly (no script reads it), Secure, SameSite=Lax (sent on the redirect back from sign-in, never on another site's POST). */
export function setCookie(name: string, value: string, maxAgeSeconds: number): string {
  return `${name}=${value}; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}; Path=/; Secure; HttpOnly; SameSite=Lax`;
}

export function clearCookie(name: string): string {
  return setCookie(name, '', 0);
}
