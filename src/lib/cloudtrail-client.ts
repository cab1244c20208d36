import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { Sha256Js } from '@smithy/core/checksum';
import type { FinalizeHandler, FinalizeHandlerArguments, HandlerExecutionContext } from '@smithy/types';
import { CLOUDTRAIL_ENDPOINT } from './cloudtrail-endpoint.ts';
import { concurrency, rateLimit, type RateLimit } from './request-limits.ts';
import { sourceKey, type SourceRef } from './source.ts';

// CloudTrail's documented rate for Get, Describe and List APIs is 10 per second per account and region.
const READS_PER_SECOND = 10;
// StartImport and StopImport fall in "all other APIs": 1 per second.
const WRITES_PER_SECOND = 1;
// Requests in flight across every source; a browser opens about six connections per origin anyway.
const IN_FLIGHT = 6;
const WRITES = new Set(['StartImportCommand', 'StopImportCommand']);

type RequestHandler = CloudTrailClient['config']['requestHandler'];
type HandlerWrapper = (handler: RequestHandler) => RequestHandler;

const clients = new Map<string, CloudTrailClient>();
const inFlight = concurrency(IN_FLIGHT);
let wrapHandler: HandlerWrapper | undefined;
let announceSent = () => {};

/** Resolves once the page's first CloudTrail request is signed and on its way. */
export const firstRequestSent = new Promise<void>((resolve) => (announceSent = resolve));

/**
 * The one CloudTrailClient per source; nothing else constructs clients. The access key names the
 * source's account and the signature's scope its region: the emulator and the signing proxy both
 * route on them. The browser never holds real keys; the server re-signs when it talks to AWS.
 */
export function cloudTrailFor(source: SourceRef): CloudTrailClient {
  const key = sourceKey(source);
  let client = clients.get(key);
  if (!client) {
    client = createClient(source);
    clients.set(key, client);
  }
  return client;
}

function createClient(source: SourceRef): CloudTrailClient {
  const client = new CloudTrailClient({
    endpoint: CLOUDTRAIL_ENDPOINT,
    region: source.region,
    credentials: { accessKeyId: source.account || 'BROWSER', secretAccessKey: 'not-a-secret' },
    // The SDK's own JavaScript SHA-256 rather than WebCrypto's: signing a small request then takes no
    // round trips through the event loop, so a listing's next page leaves before the page re-renders.
    sha256: Sha256Js,
  });
  const reads = rateLimit(READS_PER_SECOND);
  const writes = rateLimit(WRITES_PER_SECOND);
  // Inside the retry loop and before signing: every attempt, retries included, waits its turn.
  client.middlewareStack.addRelativeTo(
    <Output extends object>(next: FinalizeHandler<object, Output>, context: HandlerExecutionContext) =>
      (args: FinalizeHandlerArguments<object>) => {
        const limit: RateLimit = WRITES.has(context.commandName ?? '') ? writes : reads;
        return inFlight.run(async () => {
          await limit.take();
          return next(args);
        });
      },
    { name: 'sourceRequestLimits', relation: 'before', toMiddleware: 'httpSigningMiddleware' },
  );
  client.middlewareStack.addRelativeTo(
    <Output extends object>(next: FinalizeHandler<object, Output>) =>
      (args: FinalizeHandlerArguments<object>) => {
        announceSent();
        return next(args);
      },
    { name: 'firstRequestSent', relation: 'after', toMiddleware: 'httpSigningMiddleware' },
  );
  if (wrapHandler) client.config.requestHandler = wrapHandler(client.config.requestHandler);
  return client;
}

/** Tests: send every client's requests, now and later ones, through a wrapped handler. Returns the undo. */
export function interceptCloudTrailRequests(wrap: HandlerWrapper): () => void {
  const originals = new Map<CloudTrailClient, RequestHandler>();
  for (const client of clients.values()) {
    originals.set(client, client.config.requestHandler);
    client.config.requestHandler = wrap(client.config.requestHandler);
  }
  wrapHandler = wrap;
  return () => {
    wrapHandler = undefined;
    for (const [client, handler] of originals) client.config.requestHandler = handler;
    for (const [key, client] of clients) if (!originals.has(client)) clients.delete(key);
  };
}
