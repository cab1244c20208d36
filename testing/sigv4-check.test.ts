import { Sha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/protocols';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { checkSignature, type SignedRequest, type TestKey } from './sigv4-check.ts';

// The key, date and expected signature of "get-vanilla" in AWS's published SigV4 test suite.
const SUITE_KEY: TestKey = {
  accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', account: '111122223333', arn: 'arn:test',
};
const SUITE_DATE = Date.UTC(2015, 7, 30, 12, 36, 0);
const keys = new Map([[SUITE_KEY.accessKeyId, SUITE_KEY]]);

async function signed(body: string, overrides: { region?: string; service?: string; key?: TestKey } = {}): Promise<SignedRequest> {
  const signer = new SignatureV4({
    service: overrides.service ?? 'cloudtrail', region: overrides.region ?? 'eu-west-2', credentials: overrides.key ?? SUITE_KEY, sha256: Sha256,
  });
  const request = await signer.sign(new HttpRequest({
    method: 'POST', hostname: '127.0.0.1', path: '/', body,
    headers: { host: '127.0.0.1:4599', 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'CloudTrail_20131101.ListImports' },
  }));
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]));
  return { method: 'POST', path: '/', headers, body: Buffer.from(body) };
}

describe('the fake AWS signature check', () => {
  it('agrees with the AWS SigV4 test suite', async () => {
    const request: SignedRequest = {
      method: 'GET', path: '/', body: Buffer.alloc(0),
      headers: {
        host: 'example.amazonaws.com',
        'x-amz-date': '20150830T123600Z',
        authorization: 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, ' +
          'SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
      },
    };
    expect(await checkSignature(request, keys, SUITE_DATE)).toMatchObject({ ok: true, region: 'us-east-1', service: 'service' });
  });

  it('accepts what the SDK signer produces and reports the scope', async () => {
    expect(await checkSignature(await signed('{}'), keys)).toMatchObject({ ok: true, region: 'eu-west-2', service: 'cloudtrail' });
  });

  it('rejects a body changed after signing', async () => {
    const request = await signed('{"MaxResults":1}');
    const tampered = { ...request, body: Buffer.from('{"MaxResults":2}') };
    expect(await checkSignature(tampered, keys)).toMatchObject({ ok: false, code: 'InvalidSignatureException' });
  });

  it('rejects a signature made with another secret, an unknown key, or an expired one', async () => {
    const wrongSecret = await signed('{}', { key: { ...SUITE_KEY, secretAccessKey: 'not-the-secret' } });
    expect(await checkSignature(wrongSecret, keys)).toMatchObject({ ok: false, code: 'InvalidSignatureException' });
    const unknown = await signed('{}', { key: { ...SUITE_KEY, accessKeyId: 'AKIDUNKNOWN' } });
    expect(await checkSignature(unknown, keys)).toMatchObject({ ok: false, code: 'UnrecognizedClientException' });
    const expired = new Map([[SUITE_KEY.accessKeyId, { ...SUITE_KEY, expired: true }]]);
    expect(await checkSignature(await signed('{}'), expired)).toMatchObject({ ok: false, code: 'ExpiredTokenException' });
  });

  it('rejects a session token that does not belong to the key', async () => {
    const withToken = new Map([[SUITE_KEY.accessKeyId, { ...SUITE_KEY, sessionToken: 'the-token' }]]);
    const request = await signed('{}', { key: { ...SUITE_KEY, sessionToken: 'another-token' } });
    expect(await checkSignature(request, withToken)).toMatchObject({ ok: false, code: 'UnrecognizedClientException' });
  });
});
