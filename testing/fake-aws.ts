import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, type ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { sendAwsError } from '../server/aws-error.ts';
import { checkSignature, type SignatureVerdict, type TestKey } from './sigv4-check.ts';

export type { TestKey } from './sigv4-check.ts';

/** A CloudTrail request that passed the signature check, as AWS received it. */
export interface ReceivedCall {
  operation: string;
  target: string;
  body: string;
  accessKeyId: string;
  sessionToken?: string;
  region: string;
  service: string;
  headers: IncomingMessage['headers'];
}

export type CloudTrailBackend = (req: IncomingMessage, res: ServerResponse) => void;

export interface FakeAwsOptions {
  region: string;
  keys: TestKey[];
  /** Answers CloudTrail calls once their signature checks out; by default `{}` for every operation. */
  cloudtrail?: CloudTrailBackend;
  port?: number;
}

export interface FakeAws {
  url: string;
  /** The keys AWS accepts; tests add, expire or remove keys while the proxy runs. */
  keys: Map<string, TestKey>;
  calls: ReceivedCall[];
  /** Every request that arrived, signed correctly or not. */
  received: number;
  close(): Promise<void>;
}

const CLOUDTRAIL_TARGET = /^CloudTrail_20131101\.(\w+)$/;

/** STS (awsQuery) and CloudTrail (awsJson1_1) on one port, each request checked like AWS checks SigV4. */
export async function startFakeAws(options: FakeAwsOptions): Promise<FakeAws> {
  const backend = options.cloudtrail ?? answerEmptyObject;
  const server = createServer();
  const fake: FakeAws = {
    url: '',
    keys: new Map(options.keys.map((key) => [key.accessKeyId, key])),
    calls: [],
    received: 0,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    fake.received += 1;
    void readAll(req).then((body) => answer(fake, options.region, backend, req, body, res));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  fake.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return fake;
}

async function answer(
  fake: FakeAws, region: string, backend: CloudTrailBackend, req: IncomingMessage, body: Buffer, res: ServerResponse,
): Promise<void> {
  const isSts = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
  const service = isSts ? 'sts' : 'cloudtrail';
  const verdict = scoped(await checkSignature({ method: req.method ?? '', path: req.url ?? '/', headers: req.headers, body }, fake.keys), region, service);
  if (isSts) return answerSts(verdict, new URLSearchParams(body.toString('utf8')), res);
  if (!verdict.ok) return sendAwsError(res, 400, verdict.code, verdict.message);
  const target = String(req.headers['x-amz-target'] ?? '');
  const operation = CLOUDTRAIL_TARGET.exec(target)?.[1];
  if (operation === undefined || req.headers['content-type'] !== 'application/x-amz-json-1.1') {
    return sendAwsError(res, 404, 'UnknownOperationException', `Unknown operation ${target}`);
  }
  const { key } = verdict;
  fake.calls.push({
    operation, target, body: body.toString('utf8'), accessKeyId: key.accessKeyId, sessionToken: key.sessionToken,
    region: verdict.region, service: verdict.service, headers: req.headers,
  });
  backend(replay(req, body), res);
}

function scoped(verdict: SignatureVerdict, region: string, service: string): SignatureVerdict {
  if (!verdict.ok) return verdict;
  if (verdict.region !== region) return { ok: false, code: 'InvalidSignatureException', message: `Credential should be scoped to a valid region, not '${verdict.region}'.` };
  if (verdict.service !== service) return { ok: false, code: 'InvalidSignatureException', message: `Credential should be scoped to correct service: '${service}'.` };
  return verdict;
}

function answerSts(verdict: SignatureVerdict, form: URLSearchParams, res: ServerResponse): void {
  const requestId = randomUUID();
  if (!verdict.ok) return sendXml(res, 403, stsError(STS_CODES[verdict.code] ?? verdict.code, verdict.message, requestId));
  if (form.get('Action') !== 'GetCallerIdentity') return sendXml(res, 400, stsError('InvalidAction', 'Only GetCallerIdentity is faked.', requestId));
  const { key } = verdict;
  sendXml(res, 200, [
    '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>',
    `<Arn>${key.arn}</Arn><UserId>${key.accessKeyId}</UserId><Account>${key.account}</Account>`,
    `</GetCallerIdentityResult><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
  ].join(''));
}

// STS (awsQuery) names the same failures differently from the JSON services.
const STS_CODES: Record<string, string> = {
  UnrecognizedClientException: 'InvalidClientTokenId',
  ExpiredTokenException: 'ExpiredToken',
  InvalidSignatureException: 'SignatureDoesNotMatch',
};

function stsError(code: string, message: string, requestId: string): string {
  return `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${code}</Code>` +
    `<Message>${message}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
}

function sendXml(res: ServerResponse, status: number, xml: string): void {
  res.writeHead(status, { 'Content-Type': 'text/xml', 'x-amzn-RequestId': randomUUID() }).end(xml);
}

function answerEmptyObject(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'application/x-amz-json-1.1', 'x-amzn-RequestId': randomUUID() }).end('{}');
}

// The body was read for the signature check; the backend gets a request that yields it again.
function replay(original: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(new Socket());
  copy.method = original.method;
  copy.url = original.url;
  copy.headers = original.headers;
  copy.push(body);
  copy.push(null);
  return copy;
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}
