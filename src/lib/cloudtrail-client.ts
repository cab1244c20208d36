import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { DEFAULT_REGION } from './page-config.ts';

/** Same origin as the page: the server answers it with the emulator, or signs and forwards it to AWS. */
export const CLOUDTRAIL_ENDPOINT = `${window.location.origin}/cloudtrail`;

export const cloudTrail = new CloudTrailClient({
  endpoint: CLOUDTRAIL_ENDPOINT,
  // Any region will do: the emulator ignores signatures, and in AWS mode the server signs with its own
  // region. A fixed one lets the first request go out without waiting for /config.
  region: DEFAULT_REGION,
  // The browser never holds real keys; the server re-signs requests when it talks to AWS.
  credentials: { accessKeyId: 'BROWSER', secretAccessKey: 'not-a-secret' },
});
