import { ListImportsCommand } from '@aws-sdk/client-cloudtrail';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_TARGET, post, SHORT_TARGET, startEmulator, UUID_PATTERN, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startEmulator({ imports: 12 });
});
afterAll(() => h.close());

async function expectAwsError(response: Response, type: string, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('x-amzn-errortype')).toBe(type);
  expect(response.headers.get('x-amzn-requestid')).toMatch(UUID_PATTERN);
  expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.1');
  const body: unknown = await response.json();
  expect(body).toEqual({ __type: type, Message: expect.any(String) });
}

describe('awsJson1_1 protocol', () => {
  it('answers both X-Amz-Target forms the same way, with a request id', async () => {
    const short = await post(h.url, 'ListImports', { MaxResults: 3 }, { 'x-amz-target': `${SHORT_TARGET}.ListImports` });
    const long = await post(h.url, 'ListImports', { MaxResults: 3 }, { 'x-amz-target': `${LONG_TARGET}.ListImports` });
    expect(short.status).toBe(200);
    expect(short.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(short.headers.get('x-amzn-requestid')).toMatch(UUID_PATTERN);
    expect(short.headers.get('x-amzn-requestid')).not.toBe(long.headers.get('x-amzn-requestid'));
    expect(await long.json()).toEqual(await short.json());
  });

  it('sends timestamps as epoch-second numbers and omits unset members', async () => {
    const response = await post(h.url, 'ListImports', { MaxResults: 1000 });
    const body = (await response.json()) as { Imports: Record<string, unknown>[]; NextToken?: unknown };
    expect(body).not.toHaveProperty('NextToken');
    for (const item of body.Imports) {
      expect(Object.keys(item).sort()).toEqual(['CreatedTimestamp', 'Destinations', 'ImportId', 'ImportStatus', 'UpdatedTimestamp']);
      expect(item.CreatedTimestamp).toBeTypeOf('number');
    }
  });

  it('gives the request id to the SDK as $metadata.requestId', async () => {
    const output = await h.client.send(new ListImportsCommand({ MaxResults: 1 }));
    expect(output.$metadata.requestId).toMatch(UUID_PATTERN);
  });

  it('answers malformed JSON with SerializationException', async () => {
    await expectAwsError(await post(h.url, 'ListImports', '{"MaxResults": 5'), 'SerializationException', 400);
  });

  it('answers an empty body with SerializationException', async () => {
    await expectAwsError(await post(h.url, 'ListImports', ''), 'SerializationException', 400);
  });

  it.each(['[]', '"text"', '42', 'null', 'true'])('answers the non-object body %s with SerializationException', async (body) => {
    await expectAwsError(await post(h.url, 'ListImports', body), 'SerializationException', 400);
  });

  it.each([
    ['ListImports', { MaxResults: '5' }],
    ['ListImports', { MaxResults: 2.5 }],
    ['ListImports', { ImportStatus: 7 }],
    ['ListImports', { Destination: ['arn'] }],
    ['GetImport', { ImportId: 12345 }],
    ['StartImport', { Destinations: 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/x' }],
    ['StartImport', { ImportSource: [] }],
    ['StartImport', { StartEventTime: '2024-01-01T00:00:00Z' }],
    ['ListEventDataStores', { NextToken: true }],
  ])('answers %s with a wrongly typed member (%j) with SerializationException', async (operation, body) => {
    await expectAwsError(await post(h.url, operation, body), 'SerializationException', 400);
  });

  it('ignores unknown members', async () => {
    const response = await post(h.url, 'ListImports', { MaxResults: 1, SomethingNew: { nested: true } });
    expect(response.status).toBe(200);
  });

  it.each([
    ['text/plain', 'wrong'],
    ['application/json', 'plain JSON'],
  ])('answers Content-Type %s (%s) with UnknownOperationException', async (contentType) => {
    await expectAwsError(await post(h.url, 'ListImports', {}, { 'content-type': contentType }), 'UnknownOperationException', 404);
  });

  it('accepts a charset parameter on the content type', async () => {
    const response = await post(h.url, 'ListImports', {}, { 'content-type': 'application/x-amz-json-1.1; charset=utf-8' });
    expect(response.status).toBe(200);
  });

  it('answers a request without Content-Type with UnknownOperationException', async () => {
    const response = await fetch(h.url, {
      method: 'POST',
      headers: { 'x-amz-target': `${SHORT_TARGET}.ListImports` },
      body: new Uint8Array(Buffer.from('{}')),
    });
    await expectAwsError(response, 'UnknownOperationException', 404);
  });

  it.each([
    ['an unknown operation', `${SHORT_TARGET}.DeleteEverything`],
    ['another service', 'DynamoDB_20120810.ListTables'],
    ['an inherited property name', `${SHORT_TARGET}.constructor`],
  ])('answers %s with UnknownOperationException', async (_, target) => {
    await expectAwsError(await post(h.url, 'ListImports', {}, { 'x-amz-target': target }), 'UnknownOperationException', 400);
  });

  it('answers a request without X-Amz-Target with UnknownOperationException', async () => {
    const response = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/x-amz-json-1.1' }, body: '{}' });
    await expectAwsError(response, 'UnknownOperationException', 400);
  });

  it('answers GET with UnknownOperationException', async () => {
    await expectAwsError(await fetch(h.url), 'UnknownOperationException', 404);
  });

  it('answers a body over 1 MiB with a 413 RequestEntityTooLargeException', async () => {
    const big = JSON.stringify({ MaxResults: 1, Padding: 'x'.repeat(2 * 1024 * 1024) });
    await expectAwsError(await post(h.url, 'ListImports', big), 'RequestEntityTooLargeException', 413);
  });

  it('stops reading a chunked body once it passes 1 MiB', async () => {
    const { status, type } = await new Promise<{ status?: number; type?: string | string[] }>((resolve, reject) => {
      const headers = { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `${SHORT_TARGET}.ListImports` };
      const req = request(h.url, { method: 'POST', headers });
      req.on('response', (res) => {
        resolve({ status: res.statusCode, type: res.headers['x-amzn-errortype'] });
        res.resume();
        req.destroy();
      });
      req.on('error', reject);
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      // keeps writing until the answer arrives, like a client streaming without end
      const write = () => req.write(chunk, () => setImmediate(write));
      write();
    });
    expect(status).toBe(413);
    expect(type).toBe('RequestEntityTooLargeException');
  });

  it('answers a CORS preflight so a browser can call it', async () => {
    const response = await fetch(h.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-amz-target',
      },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type,x-amz-target');
    expect(response.headers.get('access-control-expose-headers')).toContain('x-amzn-RequestId');
  });
});
