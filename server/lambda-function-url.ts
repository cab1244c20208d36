import { Agent, request, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';

/** The parts of a Lambda function URL event (payload format 2.0) that the relay reads. */
export interface FunctionUrlEvent {
  rawPath: string;
  rawQueryString: string;
  headers: Record<string, string | undefined>;
  cookies?: string[];
  body?: string;
  isBase64Encoded: boolean;
  requestContext: { http: { method: string } };
}

/** A function URL response; Lambda decodes the base64 body before CloudFront sees it. */
export interface FunctionUrlResult {
  statusCode: number;
  headers: Record<string, string>;
  cookies: string[];
  body: string;
  isBase64Encoded: boolean;
}

// Set by the distribution's viewer-request function: its own domain name (the function URL sees
// CloudFront's Host), and the browser's Authorization, which CloudFront replaces with its signature.
export const PUBLIC_HOST_HEADER = 'x-dashboard-public-host';
export const VIEWER_AUTHORIZATION_HEADER = 'x-dashboard-viewer-authorization';

// All the page and the sign-in routes need from the browser; nothing else reaches the server.
const VIEWER_HEADERS = ['origin', 'content-type', 'x-amz-target'];
// Hop-by-hop headers of the local connection, not the viewer's.
const LOCAL_HEADERS = ['connection', 'keep-alive', 'transfer-encoding'];

const agent = new Agent({ keepAlive: true });

export function publicHostOf(event: FunctionUrlEvent): string | undefined {
  return event.headers[PUBLIC_HOST_HEADER] || undefined;
}

/** Replays the event as an HTTP request to the server on `socketPath` and returns its answer. */
export function relay(event: FunctionUrlEvent, socketPath: string, publicHost: string): Promise<FunctionUrlResult> {
  const body = Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');
  const path = event.rawQueryString === '' ? event.rawPath : `${event.rawPath}?${event.rawQueryString}`;
  const headers = requestHeaders(event, publicHost, body.byteLength);
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, agent, method: event.requestContext.http.method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('error', reject);
      res.once('end', () => resolve({
        statusCode: res.statusCode ?? 502,
        ...responseHeaders(res.headers),
        body: Buffer.concat(chunks).toString('base64'),
        isBase64Encoded: true,
      }));
    });
    req.once('error', reject);
    req.end(body);
  });
}

function requestHeaders(event: FunctionUrlEvent, publicHost: string, length: number): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = { host: publicHost, 'content-length': length };
  for (const name of VIEWER_HEADERS) {
    const value = event.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  const authorization = event.headers[VIEWER_AUTHORIZATION_HEADER];
  if (authorization) headers.authorization = authorization;
  // Payload format 2.0 moves the Cookie header into `cookies`.
  if (event.cookies !== undefined && event.cookies.length > 0) headers.cookie = event.cookies.join('; ');
  return headers;
}

function responseHeaders(incoming: IncomingHttpHeaders): { headers: Record<string, string>; cookies: string[] } {
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined || LOCAL_HEADERS.includes(name)) continue;
    if (name === 'set-cookie') cookies.push(...(Array.isArray(value) ? value : [value]));
    else headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return { headers, cookies };
}
