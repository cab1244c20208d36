import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, type ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { sendAwsError } from '../server/aws-error.ts';
import { answerOrganizations, type FakeOrganization, type OrganizationsCall } from './fake-organizations.ts';
import { answerSts, type AssumedRole, type FakeRole } from './fake-sts.ts';
import { checkSignature, type SignatureVerdict, type TestKey } from './sigv4-check.ts';

export type { TestKey } from './sigv4-check.ts';
export type { FakeOrganization } from './fake-organizations.ts';
export type { AssumedRole, FakeRole } from './fake-sts.ts';

/** A CloudTrail request that passed the signature check, as AWS received it: who signed, for which region. */
export interface ReceivedCall {
  operation: string;
  target: string;
  body: string;
  accessKeyId: string;
  sessionToken?: string;
  /** The account of the key that signed. */
  account: string;
  /** The role session, for keys that sts:AssumeRole issued. */
  roleSession?: string;
  region: string;
  service: string;
  headers: IncomingMessage['headers'];
}

export type CloudTrailBackend = (req: IncomingMessage, res: ServerResponse, call: ReceivedCall) => void;

export interface FakeAwsOptions {
  /** Where CloudTrail and STS answer; `region` alone is the one-region form. */
  region?: string;
  regions?: string[];
  /** Regions where CloudTrail answers UnsupportedOperationException, as where Lake does not run. */
  unsupportedRegions?: string[];
  keys: TestKey[];
  /** Roles sts:AssumeRole may assume. */
  roles?: FakeRole[];
  /** What organizations:ListAccounts and DescribeOrganization answer. */
  organization?: FakeOrganization;
  /** Answers CloudTrail calls once their signature checks out; by default `{}` for every operation. */
  cloudtrail?: CloudTrailBackend;
  port?: number;
  /** A GET on this path lists the accepted CloudTrail calls (operation, account, role session, region), for tests in another process. */
  callsPath?: string;
}

export interface FakeAws {
  url: string;
  /** The keys AWS accepts; tests add, expire or remove keys while the proxy runs. AssumeRole adds its own. */
  keys: Map<string, TestKey>;
  calls: ReceivedCall[];
  assumed: AssumedRole[];
  organizationsCalls: OrganizationsCall[];
  /** Every request that arrived, signed correctly or not. */
  received: number;
  close(): Promise<void>;
}

const CLOUDTRAIL_TARGET = /^CloudTrail_20131101\.(\w+)$/;
// Organizations has one endpoint in the aws partition, in us-east-1.
const ORGANIZATIONS_REGION = 'us-east-1';

/** STS (awsQuery), Organizations and CloudTrail (awsJson1_1) on one port, each request checked like AWS checks SigV4. */
export async function startFakeAws(options: FakeAwsOptions): Promise<FakeAws> {
  const server = createServer();
  const fake: FakeAws = {
    url: '',
    keys: new Map(options.keys.map((key) => [key.accessKeyId, key])),
    calls: [],
    assumed: [],
    organizationsCalls: [],
    received: 0,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    fake.received += 1;
    // The SDK corrects its clock by this header; Node's own is cached for a second, which a test moving the clock outruns.
    res.setHeader('Date', new Date().toUTCString());
    if (options.callsPath !== undefined && req.method === 'GET' && req.url === options.callsPath) return listCalls(fake, res);
    void readAll(req).then((body) => answer(fake, options, req, body, res));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  fake.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return fake;
}

async function answer(fake: FakeAws, options: FakeAwsOptions, req: IncomingMessage, body: Buffer, res: ServerResponse): Promise<void> {
  const target = String(req.headers['x-amz-target'] ?? '');
  const isSts = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
  const service = isSts ? 'sts' : target.startsWith('AWSOrganizations') ? 'organizations' : 'cloudtrail';
  const signature = await checkSignature({ method: req.method ?? '', path: req.url ?? '/', headers: req.headers, body }, fake.keys);
  const verdict = scoped(signature, options, service);
  if (isSts) {
    const sts = { keys: fake.keys, roles: options.roles ?? [], assumed: fake.assumed };
    return answerSts(sts, verdict, new URLSearchParams(body.toString('utf8')), res);
  }
  if (!verdict.ok) return sendAwsError(res, 400, verdict.code, verdict.message);
  if (service === 'organizations') {
    return answerOrganizations(options.organization, verdict.key, target, body.toString('utf8'), res, fake.organizationsCalls);
  }
  const operation = CLOUDTRAIL_TARGET.exec(target)?.[1];
  if (operation === undefined || req.headers['content-type'] !== 'application/x-amz-json-1.1') {
    return sendAwsError(res, 404, 'UnknownOperationException', `Unknown operation ${target}`);
  }
  const { key } = verdict;
  const call: ReceivedCall = {
    operation, target, body: body.toString('utf8'), accessKeyId: key.accessKeyId, sessionToken: key.sessionToken,
    account: key.account, roleSession: key.roleSessionName, region: verdict.region, service: verdict.service, headers: req.headers,
  };
  fake.calls.push(call);
  if (options.unsupportedRegions?.includes(verdict.region)) {
    return sendAwsError(res, 400, 'UnsupportedOperationException', 'This operation is not supported in this region.');
  }
  (options.cloudtrail ?? answerEmptyObject)(replay(req, body), res, call);
}

function scoped(verdict: SignatureVerdict, options: FakeAwsOptions, service: string): SignatureVerdict {
  if (!verdict.ok) return verdict;
  if (verdict.service !== service) return refused('InvalidSignatureException', `Credential should be scoped to correct service: '${service}'.`);
  const regions = service === 'organizations'
    ? [ORGANIZATIONS_REGION]
    : [...(options.regions ?? []), ...(options.region === undefined ? [] : [options.region]), ...(options.unsupportedRegions ?? [])];
  if (regions.includes(verdict.region)) return verdict;
  // An opt-in region the account has not enabled refuses its keys this way.
  if (service === 'cloudtrail') return refused('UnrecognizedClientException', 'The security token included in the request is invalid.');
  return refused('InvalidSignatureException', `Credential should be scoped to a valid region, not '${verdict.region}'.`);
}

function refused(code: string, message: string): SignatureVerdict {
  return { ok: false, code, message };
}

function listCalls(fake: FakeAws, res: ServerResponse): void {
  const calls = fake.calls.map(({ operation, account, roleSession, region }) => ({ operation, account, roleSession, region }));
  res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(calls));
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
