import { CloudTrailClient, ListEventDataStoresCommand } from '@aws-sdk/client-cloudtrail';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { CredentialSource } from './aws-credentials.ts';

export interface LakeRegions {
  /** Regions where CloudTrail answered ListEventDataStores (an access error counts: Lake is there). */
  answering: string[];
  /** Each region left out, with why: no Lake, not enabled for the account, or unreachable. */
  leftOut: { region: string; reason: string }[];
}

// CloudTrail's answer where Lake does not run (Steampipe's aws plugin skips regions on it too).
const NO_LAKE = new Set(['UnsupportedOperationException']);
// What STS-style authentication answers in an opt-in region the account has not enabled.
const NOT_ENABLED = new Set(['UnrecognizedClientException', 'InvalidClientTokenId', 'AuthFailure']);
const PARALLEL = 8;

/** Calls ListEventDataStores once in each region, a few regions at a time, and sorts them by the answer. */
export async function probeLakeRegions(
  regions: string[],
  credentials: CredentialSource,
  profile: string | undefined,
): Promise<LakeRegions> {
  const requestHandler = new NodeHttpHandler({ connectionTimeout: 5_000, requestTimeout: 10_000 });
  const verdicts = new Map<string, string | undefined>();
  const queue = [...regions];
  const worker = async () => {
    for (let region = queue.shift(); region !== undefined; region = queue.shift()) {
      verdicts.set(region, await probe(region, credentials, profile, requestHandler));
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, regions.length) }, worker));
  requestHandler.destroy();
  const answering = regions.filter((region) => verdicts.get(region) === undefined);
  const leftOut = regions.flatMap((region) => {
    const reason = verdicts.get(region);
    return reason === undefined ? [] : [{ region, reason }];
  });
  return { answering, leftOut };
}

async function probe(
  region: string, credentials: CredentialSource, profile: string | undefined, requestHandler: NodeHttpHandler,
): Promise<string | undefined> {
  const client = new CloudTrailClient({ region, profile, credentials: () => credentials.get(), maxAttempts: 1, requestHandler });
  try {
    await client.send(new ListEventDataStoresCommand({ MaxResults: 1 }));
    return undefined;
  } catch (error) {
    return reasonToLeaveOut(error);
  }
}

function reasonToLeaveOut(error: unknown): string | undefined {
  if (!(error instanceof Error)) return `unreachable (${String(error)})`;
  if (NO_LAKE.has(error.name)) return `no CloudTrail Lake (${error.name})`;
  if (NOT_ENABLED.has(error.name)) return `not enabled for this account (${error.name})`;
  // Only a service's answer carries an HTTP status; without one, nothing answered.
  const metadata: unknown = Reflect.get(error, '$metadata');
  const status = typeof metadata === 'object' && metadata !== null ? Reflect.get(metadata, 'httpStatusCode') : undefined;
  if (typeof status !== 'number') return `unreachable (${error.message.split('\n')[0]})`;
  return undefined;
}
