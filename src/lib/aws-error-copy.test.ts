import { describe, expect, it } from 'vitest';
import { describeError } from './aws-error-copy.ts';

const ENDPOINT = 'http://127.0.0.1:4173/cloudtrail';

function serviceError(name: string, message: string, status: number, requestId = 'req-1') {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status, requestId } });
}

describe('AWS error copy', () => {
  it('gives plain words plus the AWS name, message and request id', () => {
    expect(describeError(serviceError('AccessDeniedException', 'User is not authorized', 403, 'abc-123'), ENDPOINT)).toEqual({
      kind: 'aws',
      summary: 'Not allowed: the server is read-only, or the AWS credentials behind it lack this permission.',
      name: 'AccessDeniedException',
      message: 'User is not authorized',
      requestId: 'abc-123',
      httpStatus: 403,
    });
  });

  it('says how to recover from expired or missing credentials without restarting the server', () => {
    for (const name of ['ExpiredTokenException', 'CredentialsProviderError', 'UnrecognizedClientException']) {
      expect(describeError(serviceError(name, 'x', 403), ENDPOINT).summary).toMatch(/aws sso login.*no restart/);
    }
  });

  it('recognises throttling by name or by HTTP 429', () => {
    expect(describeError(serviceError('ThrottlingException', 'Rate exceeded', 400), ENDPOINT).kind).toBe('throttled');
    expect(describeError(serviceError('TooManyRequestsException', 'slow down', 400), ENDPOINT).kind).toBe('throttled');
    expect(describeError(serviceError('Whatever', 'x', 429), ENDPOINT).summary).toBe(
      'CloudTrail is rate-limiting requests from this account.',
    );
  });

  it('names the endpoint when no response arrived', () => {
    const report = describeError(new TypeError('Failed to fetch'), ENDPOINT);
    expect(report.kind).toBe('unreachable');
    expect(report.summary).toBe(`Can’t reach the CloudTrail endpoint at ${ENDPOINT}.`);
    expect(report.requestId).toBeUndefined();
  });

  it('explains a rejected page token', () => {
    const report = describeError(serviceError('InvalidNextTokenException', 'bad token', 400), ENDPOINT);
    expect(report.kind).toBe('invalid-token');
    expect(report.summary).toMatch(/token for the next page/);
  });

  it('falls back on the HTTP status for names it has no words for', () => {
    expect(describeError(serviceError('BrandNewException', 'new', 400), ENDPOINT).summary).toBe(
      'CloudTrail refused the request (HTTP 400).',
    );
    expect(describeError(serviceError('Bad', 'gateway', 502), ENDPOINT).summary).toBe(
      `The CloudTrail endpoint at ${ENDPOINT} failed (HTTP 502).`,
    );
  });

  it('reads the status of a non-JSON error page from the raw response', () => {
    const error = Object.assign(new SyntaxError('Unexpected token <'), { $response: { statusCode: 502 } });
    expect(describeError(error, ENDPOINT)).toMatchObject({ name: 'SyntaxError', httpStatus: 502, kind: 'aws' });
  });

  it('does not pick up copy from the prototype chain', () => {
    expect(describeError(serviceError('constructor', 'x', 400), ENDPOINT).summary).toBe('CloudTrail refused the request (HTTP 400).');
  });

  it('copes with things thrown that are not errors', () => {
    expect(describeError('boom', ENDPOINT)).toMatchObject({ kind: 'unexpected', name: 'Error', message: 'boom' });
  });
});
