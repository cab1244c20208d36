import { Sha256 } from '@smithy/core/checksum';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { accountOfAccessKey, credentialScopeOf, isRegionName } from '../credential-scope.ts';

const SIGNED = 'SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=0123456789abcdef';

describe('credentialScopeOf', () => {
  it('reads the key, date, region and service of a SigV4 Authorization header', () => {
    const header = `AWS4-HMAC-SHA256 Credential=AKIA210987654321XXXX/20261128/eu-west-1/cloudtrail/aws4_request, ${SIGNED}`;
    expect(credentialScopeOf(header)).toEqual({
      accessKeyId: 'AKIA210987654321XXXX',
      date: '20261128',
      region: 'eu-west-1',
      service: 'cloudtrail',
    });
  });

  it('reads the header the AWS SDK signs', async () => {
    const signer = new SignatureV4({
      credentials: { accessKeyId: '345678901234', secretAccessKey: 'not-a-secret' },
      region: 'ca-west-1',
      service: 'cloudtrail',
      sha256: Sha256,
    });
    const request = await signer.sign({
      method: 'POST',
      protocol: 'http:',
      hostname: '127.0.0.1',
      path: '/cloudtrail/',
      headers: { host: '127.0.0.1', 'content-type': 'application/x-amz-json-1.1' },
      body: '{}',
    });
    expect(credentialScopeOf(String(request.headers.authorization))).toMatchObject({
      accessKeyId: '345678901234',
      region: 'ca-west-1',
      service: 'cloudtrail',
      date: expect.stringMatching(/^\d{8}$/),
    });
  });

  it('accepts the parameters in any order and without spaces after commas', () => {
    const header = `AWS4-HMAC-SHA256 SignedHeaders=host,Signature=ab,Credential=test/20260101/us-east-1/sts/aws4_request`;
    expect(credentialScopeOf(header)?.accessKeyId).toBe('test');
  });

  it.each([
    undefined,
    '',
    'Bearer abc',
    'AWS AKIDEXAMPLE:signature',
    `AWS4-ECDSA-P256-SHA256 Credential=AKID/20261128/cloudtrail/aws4_request, ${SIGNED}`,
    `AWS4-HMAC-SHA256 Credential=AKID/20261128/us-east-1/cloudtrail, ${SIGNED}`,
    `AWS4-HMAC-SHA256 Credential=AKID/20261128/us-east-1/cloudtrail/aws4_request/x, ${SIGNED}`,
    `AWS4-HMAC-SHA256 Credential=/20261128/us-east-1/cloudtrail/aws4_request, ${SIGNED}`,
    `AWS4-HMAC-SHA256 Credential=AKID/2026-11-28/us-east-1/cloudtrail/aws4_request, ${SIGNED}`,
    `AWS4-HMAC-SHA256 Credential=AKID/20261128/US_EAST_1/cloudtrail/aws4_request, ${SIGNED}`,
    `AWS4-HMAC-SHA256 ${SIGNED}`,
  ])('is undefined for %j', (header) => {
    expect(credentialScopeOf(header)).toBeUndefined();
  });
});

describe('accountOfAccessKey', () => {
  it.each([
    ['210987654321', '210987654321'],
    ['AKIA210987654321XXXX', '210987654321'],
    ['ASIA345678901234ABCD', '345678901234'],
    ['x111111111111y222222222222', '111111111111'],
    ['1234567890123', undefined],
    ['12345678901', undefined],
    ['AKIDEXAMPLE', undefined],
    ['BROWSER', undefined],
    ['AKIAIOSFODNN7EXAMPLE', undefined],
  ])('finds in %s the account %s', (key, account) => {
    expect(accountOfAccessKey(key)).toBe(account);
  });
});

describe('isRegionName', () => {
  it.each(['us-east-1', 'eu-central-2', 'ap-southeast-5', 'us-gov-west-1', 'us-isob-east-1', 'ca-west-1'])('takes %s', (name) => {
    expect(isRegionName(name)).toBe(true);
  });

  it.each(['', 'us-east', 'US-EAST-1', 'moon-base', 'us-east-1a', 'aws-global', 'us_east_1', 'us-east-123'])('refuses %j', (name) => {
    expect(isRegionName(name)).toBe(false);
  });
});
