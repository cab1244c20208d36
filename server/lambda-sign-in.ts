import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { sendAwsError } from './aws-error.ts';
import { clearCookie, cookiesOf, SESSION_COOKIE, setCookie, SIGN_IN_COOKIE } from './lambda-cookies.ts';
import type { CognitoSignIn } from './lambda-cognito.ts';
import { operationName } from './operations.ts';
import { CONFIG_PATH } from './page-config.ts';
import { isCloudTrailPath } from './routes.ts';
import { setSecurityHeaders } from './security-headers.ts';

/** Names the signed-in user to the server; set here only, after the session cookie verified. */
export const SIGNED_IN_USER_HEADER = 'x-dashboard-user';

export const SIGN_IN_PATH = '/auth/sign-in';
export const CALLBACK_PATH = '/auth/callback';
export const SIGN_OUT_PATH = '/auth/sign-out';
export const SIGNED_OUT_PATH = '/auth/signed-out';

// Long enough to type a password and an MFA code at the hosted sign-in page.
const SIGN_IN_SECONDS = 600;

export interface SignInGateOptions {
  app: RequestListener;
  cognito: CognitoSignIn;
  publicHost: string;
  log: (line: string) => void;
}

/** Lets a request reach the app only with a verified session; answers the sign-in routes itself. */
export function createSignInGate(options: SignInGateOptions): RequestListener {
  const origin = `https://${options.publicHost}`;
  return (req, res) => {
    setSecurityHeaders(res);
    res.setHeader('Cache-Control', 'no-store');
    delete req.headers[SIGNED_IN_USER_HEADER];
    void route(req, res, options, origin).catch((error: unknown) => {
      options.log(`Sign-in failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendPage(res, 502, 'Sign-in could not be completed', `<a href="${SIGN_IN_PATH}">Try again</a>.`);
    });
  };
}

async function route(req: IncomingMessage, res: ServerResponse, options: SignInGateOptions, origin: string): Promise<void> {
  const url = new URL(req.url ?? '/', origin);
  if (url.pathname === SIGN_IN_PATH) return startSignIn(res, options.cognito, origin, url.searchParams.get('to'));
  if (url.pathname === CALLBACK_PATH) return finishSignIn(req, res, options, origin, url.searchParams);
  if (url.pathname === SIGN_OUT_PATH) return signOut(res, options.cognito, origin);
  if (url.pathname === SIGNED_OUT_PATH) return sendPage(res, 200, 'Signed out', `<a href="${SIGN_IN_PATH}">Sign in again</a>.`);
  const token = cookiesOf(req).get(SESSION_COOKIE);
  const user = token === undefined ? undefined : await options.cognito.userOf(token);
  if (user === undefined) return refuse(req, res, options.cognito, origin, url);
  if (isCloudTrailPath(url.pathname)) options.log(`${user.name}: ${operationName(req.headers['x-amz-target']) ?? 'unknown operation'}`);
  req.headers[SIGNED_IN_USER_HEADER] = user.name;
  delete req.headers.cookie;
  res.removeHeader('Cache-Control');
  options.app(req, res);
}

function refuse(req: IncomingMessage, res: ServerResponse, cognito: CognitoSignIn, origin: string, url: URL): void {
  const api = isCloudTrailPath(url.pathname) || url.pathname === CONFIG_PATH;
  if (!api && (req.method === 'GET' || req.method === 'HEAD')) return startSignIn(res, cognito, origin, url.pathname + url.search);
  req.resume();
  sendAwsError(res, 401, 'NotAuthorizedException', 'Not signed in, or the sign-in has ended: reload the page to sign in again.');
}

function startSignIn(res: ServerResponse, cognito: CognitoSignIn, origin: string, returnTo: string | null): void {
  const state = randomToken();
  const verifier = randomToken();
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const back = Buffer.from(isOwnPath(returnTo) ? returnTo : '/').toString('base64url');
  res.setHeader('Set-Cookie', setCookie(SIGN_IN_COOKIE, `${state}.${verifier}.${back}`, SIGN_IN_SECONDS));
  redirect(res, cognito.authorizeUrl(`${origin}${CALLBACK_PATH}`, state, challenge));
}

async function finishSignIn(
  req: IncomingMessage, res: ServerResponse, options: SignInGateOptions, origin: string, query: URLSearchParams,
): Promise<void> {
  const [state, verifier, back] = (cookiesOf(req).get(SIGN_IN_COOKIE) ?? '').split('.');
  res.setHeader('Set-Cookie', clearCookie(SIGN_IN_COOKIE));
  const error = query.get('error_description') ?? query.get('error');
  if (error !== null) return sendPage(res, 403, 'Sign-in was refused', `${escapeHtml(error)} <a href="${SIGN_IN_PATH}">Try again</a>.`);
  const code = query.get('code');
  if (code === null || !verifier || !sameText(query.get('state') ?? '', state)) {
    return sendPage(res, 400, 'Sign-in expired or was started elsewhere', `<a href="${SIGN_IN_PATH}">Sign in again</a>.`);
  }
  const { token, user } = await options.cognito.redeem(code, verifier, `${origin}${CALLBACK_PATH}`);
  options.log(`${user.name}: signed in`);
  const returnTo = Buffer.from(back ?? '', 'base64url').toString('utf8');
  res.setHeader('Set-Cookie', [clearCookie(SIGN_IN_COOKIE), setCookie(SESSION_COOKIE, token, user.expires - Date.now() / 1000)]);
  redirect(res, isOwnPath(returnTo) ? returnTo : '/');
}

function signOut(res: ServerResponse, cognito: CognitoSignIn, origin: string): void {
  res.setHeader('Set-Cookie', clearCookie(SESSION_COOKIE));
  // Cognito ends its own session too, or the next sign-in would pass without a password.
  redirect(res, cognito.logoutUrl(`${origin}${SIGNED_OUT_PATH}`));
}

// Only a path on this site: "//host" and "/\host" would leave it.
function isOwnPath(path: string | null): path is string {
  return path !== null && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');
}

function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

function sameText(given: string, expected: string | undefined): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected ?? '');
  return expected !== undefined && a.byteLength === b.byteLength && timingSafeEqual(a, b);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { Location: location }).end();
}

function sendPage(res: ServerResponse, status: number, title: string, body: string): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
    `<body><h1>${title}</h1><p>${body}</p></body></html>\n`);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
