import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AwsError } from './errors.ts';
import type { Faults } from './faults.ts';
import { isObject, serialization } from './shape.ts';

export type Handler = (body: Record<string, unknown>) => object;

export const MAX_BODY_BYTES = 1024 * 1024;
const CONTENT_TYPE = 'application/x-amz-json-1.1';
export type Service = 'cloudtrail' | 'organizations';
const TARGETS: readonly (readonly [RegExp, Service])[] = [
  // JS v3 sends the short form, the CLI, boto3 and JS v2 the long one (their targetPrefix)
  [/^(?:com\.amazonaws\.cloudtrail\.v20131101\.)?CloudTrail_20131101\.(\w+)$/, 'cloudtrail'],
  [/^AWSOrganizationsV20161128\.(\w+)$/, 'organizations'],
];
const EXPOSED = 'x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date';

export interface Target {
  readonly service: Service;
  readonly name: string;
}
export interface Route {
  readonly handler: Handler;
  // requests that draw from the same fault sequence; the fault settings pass over a route without one
  readonly faultKey?: string;
}
export type Lookup = (target: Target, req: IncomingMessage) => Route | undefined;

// A request id, and CORS headers for a page on another origin.
export function answerHeaders(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('x-amzn-RequestId', randomUUID());
  if (req.headers.origin !== undefined) {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', EXPOSED);
  }
}

// One awsJson1_1 request: POST, the operation in X-Amz-Target, a JSON object as the body.
export function serveAws(req: IncomingMessage, res: ServerResponse, lookup: Lookup, faults?: Faults): void {
  answerHeaders(req, res);
  if (req.method === 'OPTIONS') return preflight(req, res);
  let routed: Route;
  try {
    routed = route(req, lookup);
  } catch (error) {
    req.resume();
    return sendError(res, error);
  }
  readBody(req, MAX_BODY_BYTES, (text) => {
    if (text === undefined) return sendError(res, tooLarge());
    const answer = (fault?: AwsError) => {
      if (fault) return sendError(res, fault);
      try {
        sendJson(res, 200, routed.handler(parseBody(text)));
      } catch (failure) {
        sendError(res, failure);
      }
    };
    if (faults && routed.faultKey !== undefined) faults.apply(routed.faultKey, text, res, answer);
    else answer();
  });
}

function route(req: IncomingMessage, lookup: Lookup): Route {
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  // Coral answers what it cannot map to a protocol with 404 UnknownOperationException (as dynalite records)
  if (req.method !== 'POST' || mediaType !== CONTENT_TYPE) {
    throw new AwsError('UnknownOperationException', `Expected POST with Content-Type ${CONTENT_TYPE}.`, 404);
  }
  const target = req.headers['x-amz-target'];
  const routed = typeof target === 'string' ? targetOf(target) : undefined;
  const found = routed && lookup(routed, req);
  if (!found) throw new AwsError('UnknownOperationException', `Unknown operation: ${target ?? '(no X-Amz-Target)'}.`);
  return found;
}

function targetOf(header: string): Target | undefined {
  for (const [pattern, service] of TARGETS) {
    const name = pattern.exec(header)?.[1];
    if (name !== undefined) return { service, name };
  }
  return undefined;
}

// Reads at most `limit` bytes; beyond that it answers at once (text undefined) and discards the rest.
export function readBody(req: IncomingMessage, limit: number, done: (text: string | undefined) => void): void {
  if (Number(req.headers['content-length']) > limit) {
    req.resume();
    return done(undefined);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let settled = false;
  req.on('data', (chunk: Buffer) => {
    if (settled) return;
    size += chunk.length;
    if (size <= limit) {
      chunks.push(chunk);
      return;
    }
    settled = true;
    chunks.length = 0;
    done(undefined);
  });
  req.on('end', () => {
    if (!settled) done(Buffer.concat(chunks).toString('utf8'));
    settled = true;
  });
  req.on('error', () => {
    settled = true;
  });
}

function tooLarge(): AwsError {
  return new AwsError('RequestEntityTooLargeException', `The request body exceeds ${MAX_BODY_BYTES} bytes.`);
}

function parseBody(text: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AwsError('SerializationException', 'The request body is not valid JSON.');
  }
  if (!isObject(body)) throw serialization(body, 'Structure');
  return body;
}

function preflight(req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, {
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
    'Access-Control-Max-Age': '172800',
    'Content-Length': '0',
  });
  res.end();
}

function sendError(res: ServerResponse, error: unknown): void {
  // anything but a modeled error is a bug in the emulator; it still answers in AWS's shape
  const aws =
    error instanceof AwsError
      ? error
      : new AwsError('InternalFailure', 'The request processing has failed because of an unknown error.');
  res.setHeader('x-amzn-ErrorType', aws.type);
  sendJson(res, aws.status, { __type: aws.type, Message: aws.message, ...aws.fields });
}

function sendJson(res: ServerResponse, status: number, payload: object): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(payload);
  res.writeHead(status, { 'Content-Type': CONTENT_TYPE, 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}
