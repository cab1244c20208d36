import { randomBytes } from 'node:crypto';
import { roleIdOf, type Identity, type Sessions } from './sessions.ts';

export interface StsContext {
  readonly identity: Identity;
  // false for an account the organization does not have, or one whose CloudTrail calls are all denied
  readonly assumable: (account: string) => boolean;
  readonly sessions: Sessions;
  readonly now: number;
}

// An error in STS's awsQuery shape: <ErrorResponse><Error><Type/><Code/><Message/></Error>...
export class StsError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(code: string, message: string, status = 400) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

// DurationSeconds 900 to 43200 in the STS model; one hour at most when a role session assumes a role (STS docs)
const MIN_DURATION = 900;
const MAX_DURATION = 43_200;
const CHAINED_MAX = 3600;
const ROLE_ARN = /^arn:aws:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]{1,64})$/;
const SESSION_NAME = /^[\w+=,.@-]*$/;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const SECRET_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function getCallerIdentity(_form: URLSearchParams, { identity }: StsContext): string {
  return element('Arn', identity.arn) + element('UserId', identity.userId) + element('Account', identity.account);
}

export function assumeRole(form: URLSearchParams, { identity, assumable, sessions, now }: StsContext): string {
  const roleArn = required(form, 'RoleArn', [20, 2048]);
  const sessionName = required(form, 'RoleSessionName', [2, 64]);
  if (!SESSION_NAME.test(sessionName)) {
    throw validation(`Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`);
  }
  const duration = durationOf(form.get('DurationSeconds'));
  const [, account = '', roleName = ''] = ROLE_ARN.exec(roleArn) ?? [];
  if (account === '') throw new StsError('ValidationError', `${roleArn} is not a valid role ARN.`);
  if (!assumable(account)) {
    const message = `User: ${identity.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`;
    throw new StsError('AccessDenied', message, 403);
  }
  if (identity.session && duration > CHAINED_MAX) {
    throw new StsError('ValidationError', 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.');
  }
  // the target account's twelve digits, so calls with these credentials route to it; letters after them keep the run twelve long
  const accessKeyId = `ASIA${account}${pickChars(4, LETTERS)}`;
  const expirationMs = Math.floor(now / 1000) * 1000 + duration * 1000;
  sessions.remember({ accessKeyId, account, roleName, sessionName, expirationMs });
  const credentials =
    element('AccessKeyId', accessKeyId) +
    element('SecretAccessKey', pickChars(40, SECRET_CHARS)) +
    element('SessionToken', `IQoJb3JpZ2luX2VjE${pickChars(356, SECRET_CHARS)}`) +
    element('Expiration', new Date(expirationMs).toISOString().replace('.000Z', 'Z'));
  const user =
    element('Arn', `arn:aws:sts::${account}:assumed-role/${roleName}/${sessionName}`) +
    element('AssumedRoleId', `${roleIdOf(account, roleName)}:${sessionName}`);
  // in the order of the STS API reference's example
  return `<AssumedRoleUser>${user}</AssumedRoleUser><Credentials>${credentials}</Credentials>`;
}

function required(form: URLSearchParams, name: string, [min, max]: readonly [number, number]): string {
  const value = form.get(name);
  const member = name.charAt(0).toLowerCase() + name.slice(1);
  if (value === null) throw validation(`Value null at '${member}' failed to satisfy constraint: Member must not be null`);
  const must = `Value '${value}' at '${member}' failed to satisfy constraint: Member must have length`;
  if (value.length < min) throw validation(`${must} greater than or equal to ${min}`);
  if (value.length > max) throw validation(`${must} less than or equal to ${max}`);
  return value;
}

function durationOf(text: string | null): number {
  if (text === null) return CHAINED_MAX;
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value)) {
    throw validation(`Value '${text}' at 'durationSeconds' failed to satisfy constraint: Member must be an integer`);
  }
  const must = `Value '${value}' at 'durationSeconds' failed to satisfy constraint: Member must have value`;
  if (value < MIN_DURATION) throw validation(`${must} greater than or equal to ${MIN_DURATION}`);
  if (value > MAX_DURATION) throw validation(`${must} less than or equal to ${MAX_DURATION}`);
  return value;
}

function validation(detail: string): StsError {
  return new StsError('ValidationError', `1 validation error detected: ${detail}`);
}

function pickChars(length: number, alphabet: string): string {
  return Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');
}

export function element(name: string, value: string): string {
  return `<${name}>${escapeXml(value)}</${name}>`;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}
