import { Readable } from 'node:stream';
import { afterEach, beforeEach } from 'vitest';
import { cloudTrail } from '../lib/cloudtrail-client.ts';
import { FakeCloudTrail } from './fake-cloudtrail.ts';

type Handler = typeof cloudTrail.config.requestHandler;
type HandleArgs = Parameters<Handler['handle']>;

/**
 * Points the app's one CloudTrailClient at a FakeCloudTrail for each test. Under Vitest the SDK
 * resolves its Node runtime, so the fake is plugged in as the request handler rather than as fetch.
 */
export function useFakeCloudTrail(setup: (fake: FakeCloudTrail) => void = () => {}): () => FakeCloudTrail {
  let fake = new FakeCloudTrail();
  let original: Handler | undefined;
  beforeEach(() => {
    fake = new FakeCloudTrail();
    setup(fake);
    original = cloudTrail.config.requestHandler;
    cloudTrail.config.requestHandler = fakeHandler(fake, original);
  });
  afterEach(() => {
    if (original) cloudTrail.config.requestHandler = original;
  });
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
