import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CredentialSource } from './aws-credentials.ts';
import type { Upstream } from './aws-endpoint.ts';
import { sendAwsError } from './aws-error.ts';
import { CREDENTIAL_ERRORS, errorNameOf } from './aws-error-name.ts';
import { operationName, refusalFor, type ApiHandler } from './operations.ts';
import { BodyTooLargeError, readBody } from './request-body.ts';
import { createUpstreamCall, CredentialsUnavailableError, type UpstreamCall } from './upstream-call.ts';

// CloudTrail request bodies are a few hundred bytes; nothing the dashboard sends comes near this.
const BODY_LIMIT = 64 * 1024;

const JSON_CONTENT_TYPE = 'application/x-amz-json-1.1';

// Only these come back to the browser: the SDK reads the request id, the error type and retry hints.
const RELAYED_HEADERS = ['content-type', 'x-amzn-requestid', 'x-amzn-errortype', 'retry-after'];

export interface AwsProxyOptions {
  upstream: Upstream;
  credentials: CredentialSource;
  readOnly: boolean;
  /** One line per request: operation, status, error name, duration. Never headers or bodies. */
  log: (line: string) => void;
}

interface Outcome {
  status: number;
  errorName?: string;
}

/**
 * Answers /cloudtrail by re-creating each request for AWS and signing it with the user's credentials.
 * Nothing the browser sent is passed on but the operation name and the body.
 */
export function createAwsProxy(options: AwsProxyOptions): ApiHandler {
  const call = createUpstreamCall(options.upstream, options.credentials);
  return (req, res) => {
    const started = performance.now();
    const operation = operationName(req.headers['x-amz-target']);
    const refusal = refusalFor(operation, { readOnly: options.readOnly, passUnlisted: false }) ?? formatRefusal(req);
    const outcome = refusal === undefined
      ? relay(req, res, operation ?? '', call, options.credentials)
      : Promise.resolve(refuseUnread(req, res, refusal));
    void outcome.then(({ status, errorName }) => {
      const error = errorName === undefined ? '' : ` ${errorName}`;
      const duration = Math.round(performance.now() - started);
      options.log(`${operation ?? 'unknown operation'} ${status}${error} ${duration} ms`);
    });
  };
}

async function relay(
  req: IncomingMessage,
  res: ServerResponse,
  operation: string,
  call: UpstreamCall,
  credentials: CredentialSource,
): Promise<Outcome> {
  try {
    const response = await call(operation, await readBody(req, BODY_LIMIT));
    const errorName = response.status >= 300 ? errorNameOf(response.headers, response.body) : undefined;
    // AWS no longer accepts what we signed with: read the chain again on the next request.
    if (errorName !== undefined && CREDENTIAL_ERRORS.has(errorName)) credentials.forget();
    res.writeHead(response.status, relayedHeaders(response.headers));
    res.end(response.body);
    return { status: response.status, errorName };
  } catch (error) {
    return refuseAfterFailure(res, error, credentials);
  }
}

function refuseAfterFailure(res: ServerResponse, error: unknown, credentials: CredentialSource): Outcome {
  if (error instanceof BodyTooLargeError) {
    return refuse(res, 413, 'RequestEntityTooLargeException', `${error.message}.`);
  }
  if (error instanceof CredentialsUnavailableError) {
    credentials.forget();
    return refuse(res, 403, 'CredentialsProviderError', credentialsHelp(error.message));
  }
  const reason = error instanceof Error ? error.message : String(error);
  return refuse(res, 503, 'ServiceUnavailable', `The server could not reach CloudTrail: ${firstLine(reason)}`);
}

// Only awsJson: a cross-site form can send text/plain without a preflight, never this type.
function formatRefusal(req: IncomingMessage): string | undefined {
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  return mediaType === JSON_CONTENT_TYPE ? undefined : `Only ${JSON_CONTENT_TYPE} requests are forwarded to AWS`;
}

function refuseUnread(req: IncomingMessage, res: ServerResponse, refusal: string): Outcome {
  req.resume();
  return refuse(res, 403, 'AccessDeniedException', refusal);
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

function credentialsHelp(reason: string): string {
  return `The server found no usable AWS credentials: ${firstLine(reason)} ` +
    'Sign in again (for an SSO profile: aws sso login --profile NAME) and retry; the server picks up new credentials without a restart.';
}

function firstLine(text: string): string {
  const line = text.split('\n')[0].trim().slice(0, 300);
  return /[.!?]$/.test(line) ? line : `${line}.`;
}
