import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import type { FuzzRequest } from './fuzz-requests.ts';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

export function closeConnections(): void {
  agent.destroy();
}

/** Sends one request as given; rejects if no complete answer arrives within `timeoutMs`. */
export function send(url: string, fuzz: FuzzRequest, timeoutMs = 10_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    // Node frames a GET or DELETE body only when told its length.
    const headers = { ...fuzz.headers, 'content-length': String(Buffer.byteLength(fuzz.body)) };
    const req = request(url, { method: fuzz.method, headers, agent, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(fuzz.body);
  });
}

// Every error the emulator may answer with, and the statuses AWS gives them.
const ERROR_STATUS: Record<string, readonly number[]> = {
  AccountHasOngoingImportException: [400],
  EventDataStoreARNInvalidException: [400],
  EventDataStoreNotFoundException: [404],
  ImportNotFoundException: [404],
  InvalidImportSourceException: [400],
  InvalidMaxResultsException: [400],
  InvalidNextTokenException: [400],
  InvalidParameterException: [400],
  RequestEntityTooLargeException: [413],
  SerializationException: [400],
  UnknownOperationException: [400, 404],
};
const STATUSES = ['INITIALIZING', 'IN_PROGRESS', 'FAILED', 'STOPPED', 'COMPLETED'];

/** What is wrong with an answer, by awsJson1_1 and the CloudTrail model; empty when nothing is. */
export function problemsWith(fuzz: FuzzRequest, response: RawResponse, extraErrors: Record<string, number> = {}): string[] {
  const problems: string[] = [];
  const contentType = response.headers['content-type'];
  if (contentType !== 'application/x-amz-json-1.1') problems.push(`Content-Type ${contentType}`);
  if (!response.headers['x-amzn-requestid']) problems.push('no x-amzn-RequestId');
  let body: unknown;
  try {
    body = JSON.parse(response.body.toString('utf8'));
  } catch {
    return [...problems, `status ${response.status} with a body that is not JSON`];
  }
  if (!isRecord(body)) return [...problems, 'a body that is not a JSON object'];
  if (response.status === 200) return [...problems, ...successProblems(fuzz.operation, body)];
  const type = body.__type;
  const extra = typeof type === 'string' ? extraErrors[type] : undefined;
  const allowed = extra !== undefined ? [extra] : typeof type === 'string' ? ERROR_STATUS[type] : undefined;
  if (!allowed?.includes(response.status)) problems.push(`status ${response.status} with __type ${String(type)}`);
  const header = response.headers['x-amzn-errortype'];
  if (header !== type) problems.push(`x-amzn-ErrorType ${header} for ${String(type)}`);
  if (typeof body.Message !== 'string' || body.Message === '') problems.push('an error without a Message');
  return problems;
}

function successProblems(operation: string | undefined, body: Record<string, unknown>): string[] {
  if (operation === undefined) return ['200 for a request that names no operation properly'];
  const problems: string[] = [];
  const token = body.NextToken;
  const tokenOk = typeof token === 'string' && token.length >= 4 && token.length <= 1000;
  if (token !== undefined && !tokenOk) problems.push('a bad NextToken');
  const list = (key: string): unknown[] => {
    const value = body[key];
    if (Array.isArray(value)) return value;
    problems.push(`no ${key} list`);
    return [];
  };
  if (operation === 'ListImports') for (const item of list('Imports')) problems.push(...importProblems(item, false));
  else if (operation === 'ListImportFailures') list('Failures');
  else if (operation === 'ListEventDataStores') for (const item of list('EventDataStores')) problems.push(...storeProblems(item));
  else if (operation === 'GetEventDataStore') problems.push(...storeProblems(body));
  else problems.push(...importProblems(body, true));
  return problems;
}

function importProblems(item: unknown, detail: boolean): string[] {
  if (!isRecord(item)) return ['an import that is not an object'];
  const ok =
    typeof item.ImportId === 'string' && /^[a-f0-9-]{36}$/.test(item.ImportId) &&
    typeof item.ImportStatus === 'string' && STATUSES.includes(item.ImportStatus) &&
    Array.isArray(item.Destinations) && item.Destinations.length === 1 &&
    typeof item.CreatedTimestamp === 'number' && typeof item.UpdatedTimestamp === 'number' &&
    (!detail || isRecord(item.ImportSource));
  return ok ? [] : [`a malformed import ${JSON.stringify(item).slice(0, 200)}`];
}

function storeProblems(item: unknown): string[] {
  const ok = isRecord(item) && typeof item.EventDataStoreArn === 'string' && typeof item.Name === 'string';
  return ok ? [] : [`a malformed event data store ${JSON.stringify(item).slice(0, 200)}`];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
