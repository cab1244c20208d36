import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { createApp } from './app.ts';
import { setUpAwsMode } from './aws-mode.ts';
import { cognitoSignIn } from './lambda-cognito.ts';
import { publicHostOf, relay, type FunctionUrlEvent, type FunctionUrlResult } from './lambda-function-url.ts';
import { lambdaSettingsFrom } from './lambda-settings.ts';
import { createSignInGate, SIGNED_IN_USER_HEADER } from './lambda-sign-in.ts';
import { parseServerOptions } from './options.ts';
import { SignedInProxyHosts } from './request-guard.ts';
import { planSources } from './source-plan.ts';

export interface FunctionUrlHandlerOptions {
  env: NodeJS.ProcessEnv;
  distDir: string;
  log: (line: string) => void;
  /** The user pool's signing keys; fetched from Cognito when not given. */
  jwks?: Jwks;
}

export type FunctionUrlHandler = (event: FunctionUrlEvent) => Promise<FunctionUrlResult>;

/**
 * The dashboard server of `npm start -- --aws`, unchanged, behind a sign-in gate, listening on a Unix
 * socket in /tmp; each function URL event is replayed to it as an HTTP request. Set up on the first
 * event, which names the public host, and kept for the life of the execution environment.
 */
export function createFunctionUrlHandler(options: FunctionUrlHandlerOptions): FunctionUrlHandler {
  let started: Promise<string> | undefined;
  return async (event) => {
    const publicHost = publicHostOf(event);
    if (publicHost === undefined) return plain(403, 'Forbidden: open this dashboard at its CloudFront address.\n');
    started ??= start(options, publicHost).catch((error: unknown) => {
      started = undefined;
      throw error;
    });
    try {
      return await relay(event, await started, publicHost);
    } catch (error) {
      options.log(`The dashboard could not answer: ${error instanceof Error ? error.message : String(error)}`);
      return plain(503, 'The dashboard could not start or answer; its log says why.\n');
    }
  };
}

async function start(options: FunctionUrlHandlerOptions, publicHost: string): Promise<string> {
  const settings = lambdaSettingsFrom(options.env);
  const serverOptions = parseServerOptions(['--aws', ...settings.serverArgs], options.env);
  // No config file in the function: the deployment passes everything as flags.
  const plan = planSources(serverOptions.sources, undefined, serverOptions.readOnly);
  const mode = await setUpAwsMode({ plan, log: options.log });
  const hosts = new SignedInProxyHosts(publicHost, SIGNED_IN_USER_HEADER);
  const app = createApp({ distDir: options.distDir, hosts, ...mode });
  const cognito = cognitoSignIn(settings.cognito, options.jwks);
  const server = createServer(createSignInGate({ app, cognito, publicHost, log: options.log }));
  const socketPath = join(mkdtempSync(join(tmpdir(), 'imports-dashboard-')), 'server.sock');
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, resolve);
  });
  for (const line of mode.summary) options.log(line);
  for (const line of mode.warnings ?? []) options.log(`Warning: ${line}`);
  options.log(`Serving https://${publicHost}/`);
  return socketPath;
}

function plain(statusCode: number, text: string): FunctionUrlResult {
  return {
    statusCode, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }, cookies: [], body: text, isBase64Encoded: false,
  };
}
