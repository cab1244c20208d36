import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

type Headers = Record<string, { value: string }>;
interface ViewerRequestEvent { context: { distributionDomainName: string }; request: { headers: Headers } }

// The function's source as CloudFront runs it: a script that defines handler(event).
const source = readFileSync(new URL('../viewer-request.js', import.meta.url), 'utf8');

function runViewerRequest(headers: Headers): Promise<{ headers: Headers }> {
  const event: ViewerRequestEvent = { context: { distributionDomainName: 'd111111abcdef8.cloudfront.net' }, request: { headers } };
  return runInNewContext(`${source}\nhandler(event)`, { event });
}

describe('the viewer-request function', () => {
  it('names the distribution as the public host, whatever the viewer claims', async () => {
    const { headers } = await runViewerRequest({ host: { value: 'd111111abcdef8.cloudfront.net' }, 'x-dashboard-public-host': { value: 'attacker.example' } });
    expect(headers['x-dashboard-public-host']).toEqual({ value: 'd111111abcdef8.cloudfront.net' });
  });

  it('passes the browser\'s Authorization on under its own name, and drops a forged copy', async () => {
    const signed = 'AWS4-HMAC-SHA256 Credential=BROWSER/20261202/eu-west-2/cloudtrail/aws4_request, SignedHeaders=host, Signature=00';
    expect((await runViewerRequest({ authorization: { value: signed } })).headers['x-dashboard-viewer-authorization']).toEqual({ value: signed });
    const forged = await runViewerRequest({ 'x-dashboard-viewer-authorization': { value: 'forged' } });
    expect(forged.headers).not.toHaveProperty('x-dashboard-viewer-authorization');
  });
});
