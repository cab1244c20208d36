import { Sha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/protocols';
import { NodeHttpHandler, streamCollector } from '@smithy/node-http-handler';
import { SignatureV4 } from '@smithy/signature-v4';
import type { CredentialSource } from './aws-credentials.ts';
import type { Upstream } from './aws-endpoint.ts';
import { CANONICAL_TARGET_PREFIX } from './operations.ts';

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

export type UpstreamCall = (operation: string, body: Uint8Array) => Promise<UpstreamResponse>;

/** The credential chain could not produce credentials to sign with. */
export class CredentialsUnavailableError extends Error {
  override name = 'CredentialsUnavailableError';
}

export function upstreamHttpHandler(): NodeHttpHandler {
  return new NodeHttpHandler({ connectionTimeout: 10_000, requestTimeout: 60_000 });
}

/**
 * Builds a fresh CloudTrail request from the operation and body alone, signs it for the upstream's
 * region with the given credentials, and sends it.
 */
export function createUpstreamCall(upstream: Upstream, credentials: CredentialSource, http = upstreamHttpHandler()): UpstreamCall {
  const signer = new SignatureV4({
    service: 'cloudtrail',
    region: upstream.region,
    credentials: () => credentials.get(),
    sha256: Sha256,
  });
  return async (operation, body) => {
    const unsigned = new HttpRequest({
      method: 'POST',
      protocol: upstream.url.protocol,
      hostname: upstream.url.hostname,
      port: upstream.url.port === '' ? undefined : Number(upstream.url.port),
      path: pathOf(upstream.url),
      headers: {
        host: upstream.url.host,
        'content-type': 'application/x-amz-json-1.1',
        'content-length': String(body.byteLength),
        'x-amz-target': `${CANONICAL_TARGET_PREFIX}${operation}`,
      },
      body,
    });
    const signed = await signer.sign(unsigned).catch((error: unknown) => {
      throw new CredentialsUnavailableError(error instanceof Error ? error.message : String(error), { cause: error });
    });
    const { response } = await http.handle(new HttpRequest(signed));
    return { status: response.statusCode, headers: response.headers, body: await streamCollector(response.body) };
  };
}

// The SDK sends awsJson requests to the endpoint's path with a trailing slash.
function pathOf(url: URL): string {
  return url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
}
