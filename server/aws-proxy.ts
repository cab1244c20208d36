import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CredentialSource } from './aws-credentials.ts';
import type { Upstream } from './aws-endpoint.ts';
import { sendAwsError } from './aws-error.ts';
import { CREDENTIAL_ERRORS, errorNameOf } from './aws-error-name.ts';
import { isWriteOperation, operationName, refusalFor, type ApiHandler } from './operations.ts';
import { createRateLimiter, type RateLimiter } from './rate-limit.ts';
import { BodyTooLargeError, readBody } from './request-body.ts';
import { describeNamed, namedSource, SourceTable, unknownSourceMessage } from './source-routing.ts';
import { createUpstreamCall, CredentialsUnavailableError, upstreamHttpHandler, type UpstreamCall } from './upstream-call.ts';

// CloudTrail request bodies are a few hundred bytes; nothing the dashboard sends comes near this.
const BODY_LIMIT = 64 * 1024;

const JSON_CONTENT_TYPE = 'application/x-amz-json-1.1';

// Only these come back to the browser: the SDK reads the request id, the error type and retry hints.
const RELAYED_HEADERS = ['content-type', 'x-amzn-requestid', 'x-amzn-errortype', 'retry-after'];

/** One (account, region) the proxy signs for, with that account's credentials and that region's endpoint. */
export interface ProxySource {
  account: string;
  region: string;
  upstream: Upstream;
  credentials: CredentialSource;
  /** How it signs, for the message when its credentials cannot be found. */
  signsWith: string;
}

export interface AwsProxyOptions {
  sources: ProxySource[];
  readOnly: boolean;
  /** One line per request: operation, source, status, error name, duration. Never headers or bodies. */
  log: (line: string) => void;
  /** Keeps each source within CloudTrail's request rates; the default follows AWS's quotas. */
  rateLimiter?: RateLimiter;
}

interface Routed extends ProxySource {
  call: UpstreamCall;
}

interface Outcome {
  status: number;
  errorName?: string;
}

/**
 * Answers /cloudtrail by re-creating each request for AWS and signing it with the credentials of the
 * source its credential scope names. Nothing the browser sent is passed on but the operation name and the body.
 */
export function createAwsProxy(options: AwsProxyOptions): ApiHandler {
  const http = upstreamHttpHandler();
  const table = new SourceTable<Routed>(options.sources.map((source) => ({
    ...source, call: createUpstreamCall(source.upstream, source.credentials, http),
  })));
  const withinRate = options.rateLimiter ?? createRateLimiter();
  return (req, res) => {
    const started = performance.now();
    const operation = operationName(req.headers['x-amz-target']);
    const named = namedSource(req.headers.authorization);
    const source = table.find(named);
    const refusal = refusalFor(operation, { readOnly: options.readOnly, passUnlisted: false }) ?? formatRefusal(req);
    let outcome: Promise<Outcome>;
    if (refusal !== undefined) outcome = Promise.resolve(refuseUnread(req, res, 403, 'AccessDeniedException', refusal));
    else if (source === undefined) {
      outcome = Promise.resolve(refuseUnread(req, res, 403, 'AccessDeniedException', unknownSourceMessage(named, table.defaultSource.account)));
    } else if (!withinRate(`${source.account}/${source.region}`, isWriteOperation(operation))) {
      outcome = Promise.resolve(refuseUnread(req, res, 400, 'ThrottlingException', throttled(operation, source)));
    } else outcome = relay(req, res, operation ?? '', source);
    void outcome.then(({ status, errorName }) => {
      const where = source === undefined ? describeNamed(named, table.defaultSource.account) : `${source.account}/${source.region}`;
      const error = errorName === undefined ? '' : ` ${errorName}`;
      const duration = Math.round(performance.now() - started);
      options.log(`${operation ?? 'unknown operation'} ${where} ${status}${error} ${duration} ms`);
    });
  };
}

async function relay(req: IncomingMessage, res: ServerResponse, operation: string, source: Routed): Promise<Outcome> {
  try {
    const response = await source.call(operation, await readBody(req, BODY_LIMIT));
    const errorName = response.status >= 300 ? errorNameOf(response.headers, response.body) : undefined;
    // AWS no longer accepts what this source signed with: read its credentials again on its next request.
    if (errorName !== undefined && CREDENTIAL_ERRORS.has(errorName)) source.credentials.forget();
    res.writeHead(response.status, relayedHeaders(response.headers));
    res.end(response.body);
    return { status: response.status, errorName };
  } catch (error) {
    return refuseAfterFailure(res, error, source);
  }
}

function refuseAfterFailure(res: ServerResponse, error: unknown, source: Routed): Outcome {
  if (error instanceof BodyTooLargeError) {
    return refuse(res, 413, 'RequestEntityTooLargeException', `${error.message}.`);
  }
  if (error instanceof CredentialsUnavailableError) {
    source.credentials.forget();
    // STS refused sts:AssumeRole: an IAM denial, not a sign-in problem.
    if (error.cause instanceof Error && error.cause.name === 'AccessDenied') {
      const message = `The dashboard may not act in account ${source.account} (${source.signsWith}): ${firstLine(error.message)}`;
      return refuse(res, 403, 'AccessDeniedException', message);
    }
    return refuse(res, 403, 'CredentialsProviderError', credentialsHelp(error.message, source));
  }
  const reason = error instanceof Error ? error.message : String(error);
  return refuse(res, 503, 'ServiceUnavailable', `The server could not reach CloudTrail: ${firstLine(reason)}`);
}

// Only awsJson: a cross-site form can send text/plain without a preflight, never this type.
function formatRefusal(req: IncomingMessage): string | undefined {
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  return mediaType === JSON_CONTENT_TYPE ? undefined : `Only ${JSON_CONTENT_TYPE} requests are forwarded to AWS`;
}

function refuseUnread(req: IncomingMessage, res: ServerResponse, status: number, type: string, message: string): Outcome {
  req.resume();
  return refuse(res, status, type, message);
}

function refuse(res: ServerResponse, status: number, type: string, message: string): Outcome {
  if (!res.headersSent) sendAwsError(res, status, type, message);
  return { status, errorName: type };
}

function relayedHeaders(upstream: Record<string, string>): Record<string, string> {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  for (const [name, value] of Object.entries(upstream)) {
    if (RELAYED_HEADERS.includes(name.toLowerCase())) headers[name] = value;
  }
  return headers;
}

function throttled(operation: string | undefined, source: ProxySource): string {
  const rate = isWriteOperation(operation) ? '1 StartImport or StopImport request' : '10 List and Get requests';
  return `Rate exceeded: the dashboard keeps to CloudTrail's ${rate} per second for account ${source.account} in ${source.region}.`;
}

function credentialsHelp(reason: string, source: ProxySource): string {
  return `The server found no usable AWS credentials for account ${source.account} (${source.signsWith}): ${firstLine(reason)} ` +
    'Sign in again (for an SSO profile: aws sso login --profile NAME) and retry; the server picks up new credentials without a restart.';
}

function firstLine(text: string): string {
  const line = text.split('\n')[0].trim().slice(0, 300);
  return /[.!?]$/.test(line) ? line : `${line}.`;
}
