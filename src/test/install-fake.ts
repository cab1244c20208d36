import { Readable } from 'node:stream';
import { afterEach, beforeEach } from 'vitest';
import type { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { interceptCloudTrailRequests } from '../lib/cloudtrail-client.ts';
import { FakeCloudTrail } from './fake-cloudtrail.ts';

type Handler = CloudTrailClient['config']['requestHandler'];
type HandleArgs = Parameters<Handler['handle']>;

/**
 * Points the app's CloudTrailClients, one per source, at a FakeCloudTrail for each test. Under Vitest
 * the SDK resolves its Node runtime, so the fake is plugged in as the request handler rather than as fetch.
 */
export function useFakeCloudTrail(setup: (fake: FakeCloudTrail) => void = () => {}): () => FakeCloudTrail {
  let fake = new FakeCloudTrail();
  let restore: (() => void) | undefined;
  beforeEach(() => {
    fake = new FakeCloudTrail();
    setup(fake);
    restore = interceptCloudTrailRequests((original) => fakeHandler(fake, original));
  });
  afterEach(() => restore?.());
  return () => fake;
}

function fakeHandler(fake: FakeCloudTrail, original: Handler): Handler {
  return {
    metadata: original.metadata,
    destroy: () => {},
    async handle(...[request]: HandleArgs) {
      const url = `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ''}${request.path}`;
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) headers.set(name, String(value));
      const body = typeof request.body === 'string' || request.body instanceof Uint8Array ? request.body : undefined;
      const response = await fake.fetch(url, { method: request.method, headers, body });
      const text = await response.text();
      return {
        response: {
          statusCode: response.status,
          reason: response.statusText,
          headers: Object.fromEntries(response.headers),
          // The SDK's Node runtime collects the body as a Node stream.
          body: Readable.from([Buffer.from(text)]),
        },
      };
    },
  };
}
