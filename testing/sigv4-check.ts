import type { IncomingHttpHeaders } from 'node:http';
import { Sha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/protocols';
import { SignatureV4 } from '@smithy/signature-v4';

/** A key pair the fake AWS knows, and who it belongs to. */
export interface TestKey {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  account: string;
  arn: string;
  /** Set on keys that sts:AssumeRole issued: the RoleSessionName asked for. */
  roleSessionName?: string;
  /** AWS then answers ExpiredTokenException, as for lapsed temporary credentials. */
  expired?: boolean;
  /** When temporary credentials lapse (ms since the epoch), for keys that sts:AssumeRole issued. */
  expiresAt?: number;
}

export interface SignedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type SignatureVerdict =
  | { ok: true; key: TestKey; region: string; service: string }
  | { ok: false; code: string; message: string };

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/;
// The signer adds these from the date, the credentials and the body, so they are recomputed, not trusted.
const DERIVED_HEADERS = ['x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256'];
const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** Checks a SigV4 signature the way AWS does: recompute it with the known secret and compare. */
export async function checkSignature(
  request: SignedRequest, keys: ReadonlyMap<string, TestKey>, now = Date.now(),
): Promise<SignatureVerdict> {
  const parts = AUTHORIZATION.exec(header(request.headers, 'authorization') ?? '');
  if (!parts) return fail('IncompleteSignatureException', 'Authorization header requires a SigV4 Credential, SignedHeaders and Signature.');
  const [, accessKeyId, , region, service, signedHeaders, signature] = parts;
  const key = keys.get(accessKeyId);
  if (!key) return fail('UnrecognizedClientException', 'The security token included in the request is invalid.');
  if (key.expired || (key.expiresAt !== undefined && now >= key.expiresAt)) {
    return fail('ExpiredTokenException', 'The security token included in the request is expired');
  }
  if (header(request.headers, 'x-amz-security-token') !== key.sessionToken) {
    return fail('UnrecognizedClientException', 'The security token included in the request is invalid.');
  }
  const signingDate = parseAmzDate(header(request.headers, 'x-amz-date'));
  if (!signingDate || Math.abs(signingDate.getTime() - now) > FIFTEEN_MINUTES) {
    return fail('InvalidSignatureException', 'Signature expired or X-Amz-Date missing.');
  }
  const expected = await recompute(request, key, { region, service, signedHeaders, signingDate });
  if (expected !== `SignedHeaders=${signedHeaders}, Signature=${signature}`) {
    return fail('InvalidSignatureException', 'The request signature we calculated does not match the signature you provided.');
  }
  return { ok: true, key, region, service };
}

interface Scope { region: string; service: string; signedHeaders: string; signingDate: Date }

async function recompute(request: SignedRequest, key: TestKey, scope: Scope): Promise<string> {
  const headers: Record<string, string> = {};
  for (const name of scope.signedHeaders.split(';')) {
    const value = header(request.headers, name);
    if (value !== undefined && !DERIVED_HEADERS.includes(name)) headers[name] = value;
  }
  const [path, query = ''] = request.path.split('?');
  const applyChecksum = scope.signedHeaders.split(';').includes('x-amz-content-sha256');
  const signer = new SignatureV4({ service: scope.service, region: scope.region, credentials: key, sha256: Sha256, applyChecksum });
  const signed = await signer.sign(new HttpRequest({
    method: request.method, hostname: headers.host ?? '', path, headers, body: request.body,
    query: Object.fromEntries(new URLSearchParams(query)),
  }), { signingDate: scope.signingDate });
  return String(signed.headers.authorization).replace(/^.*?, (SignedHeaders=)/, '$1');
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

function parseAmzDate(text: string | undefined): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text ?? '');
  if (!match) return undefined;
  const [, year, month, day, hours, minutes, seconds] = match.map(Number);
  return new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds));
}

function fail(code: string, message: string): SignatureVerdict {
  return { ok: false, code, message };
}
