import { randomBytes, randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { SignatureVerdict, TestKey } from './sigv4-check.ts';

/** A role the fake STS lets callers assume; `trustedAccounts` limits who may (any account when absent). */
export interface FakeRole {
  arn: string;
  trustedAccounts?: string[];
}

/** One sts:AssumeRole that succeeded, as CloudTrail would log it in the role's account. */
export interface AssumedRole {
  roleArn: string;
  sessionName: string;
  durationSeconds: number;
  callerArn: string;
  issued: TestKey;
}

export interface FakeSts {
  keys: Map<string, TestKey>;
  roles: FakeRole[];
  assumed: AssumedRole[];
}

// A role session assumed with role credentials lasts at most one hour (IAM User Guide, "Role chaining").
const CHAINED_MAX_SECONDS = 3600;
// STS (awsQuery) names the same failures differently from the JSON services.
const STS_CODES: Record<string, string> = {
  UnrecognizedClientException: 'InvalidClientTokenId',
  ExpiredTokenException: 'ExpiredToken',
  InvalidSignatureException: 'SignatureDoesNotMatch',
};

/** GetCallerIdentity and AssumeRole, awsQuery with XML answers, for a request whose signature was checked. */
export function answerSts(sts: FakeSts, verdict: SignatureVerdict, form: URLSearchParams, res: ServerResponse): void {
  const requestId = randomUUID();
  if (!verdict.ok) return sendXml(res, 403, stsError(STS_CODES[verdict.code] ?? verdict.code, verdict.message, requestId));
  const action = form.get('Action');
  if (action === 'GetCallerIdentity') {
    const { key } = verdict;
    return sendXml(res, 200, result('GetCallerIdentity', requestId,
      `<Arn>${key.arn}</Arn><UserId>${key.accessKeyId}</UserId><Account>${key.account}</Account>`));
  }
  if (action === 'AssumeRole') return assumeRole(sts, verdict.key, form, requestId, res);
  sendXml(res, 400, stsError('InvalidAction', 'Only GetCallerIdentity and AssumeRole are faked.', requestId));
}

function assumeRole(sts: FakeSts, caller: TestKey, form: URLSearchParams, requestId: string, res: ServerResponse): void {
  const roleArn = form.get('RoleArn') ?? '';
  const sessionName = form.get('RoleSessionName') ?? '';
  const durationSeconds = Number(form.get('DurationSeconds') ?? 3600);
  const role = sts.roles.find((candidate) => candidate.arn === roleArn);
  if (role === undefined || (role.trustedAccounts !== undefined && !role.trustedAccounts.includes(caller.account))) {
    const message = `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`;
    return sendXml(res, 403, stsError('AccessDenied', message, requestId));
  }
  if (caller.arn.includes(':assumed-role/') && durationSeconds > CHAINED_MAX_SECONDS) {
    const message = 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.';
    return sendXml(res, 400, stsError('ValidationError', message, requestId));
  }
  const account = roleArn.split(':')[4] ?? '';
  const roleName = roleArn.slice(roleArn.lastIndexOf('/') + 1);
  const issued: TestKey = {
    // Like the emulator's: the account's twelve digits inside the key ID, so requests made with it name the account.
    accessKeyId: `ASIA${account}${letters(sts.assumed.length)}`,
    secretAccessKey: randomBytes(20).toString('base64'),
    sessionToken: randomBytes(24).toString('base64'),
    account,
    arn: `arn:aws:sts::${account}:assumed-role/${roleName}/${sessionName}`,
    roleSessionName: sessionName,
    expiresAt: Date.now() + durationSeconds * 1000,
  };
  sts.keys.set(issued.accessKeyId, issued);
  sts.assumed.push({ roleArn, sessionName, durationSeconds, callerArn: caller.arn, issued });
  const expiration = new Date(issued.expiresAt ?? 0).toISOString();
  sendXml(res, 200, result('AssumeRole', requestId, [
    `<Credentials><AccessKeyId>${issued.accessKeyId}</AccessKeyId><SecretAccessKey>${issued.secretAccessKey}</SecretAccessKey>`,
    `<SessionToken>${issued.sessionToken}</SessionToken><Expiration>${expiration}</Expiration></Credentials>`,
    `<AssumedRoleUser><AssumedRoleId>AROAFAKE:${sessionName}</AssumedRoleId><Arn>${issued.arn}</Arn></AssumedRoleUser>`,
  ].join('')));
}

// Four letters, so the key's only run of digits is the account.
function letters(n: number): string {
  let text = '';
  for (let rest = n, i = 0; i < 4; i++, rest = Math.floor(rest / 26)) text = String.fromCharCode(65 + (rest % 26)) + text;
  return text;
}

function result(action: string, requestId: string, body: string): string {
  return `<${action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><${action}Result>${body}</${action}Result>` +
    `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`;
}

function stsError(code: string, message: string, requestId: string): string {
  return `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${code}</Code>` +
    `<Message>${message}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
}

function sendXml(res: ServerResponse, status: number, xml: string): void {
  res.writeHead(status, { 'Content-Type': 'text/xml', 'x-amzn-RequestId': randomUUID() }).end(xml);
}
