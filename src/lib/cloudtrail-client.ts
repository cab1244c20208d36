import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { DEFAULT_REGION, loadPageConfig } from './page-config.ts';

/** Same origin as the page: the server answers it with the emulator, or signs and forwards it to AWS. */
export const CLOUDTRAIL_ENDPOINT = `${window.location.origin}/cloudtrail`;

export const cloudTrail = new CloudTrailClient({
  endpoint: CLOUDTRAIL_ENDPOINT,
  region: () => loadPageConfig().then((config) => config.region, () => DEFAULT_REGION),
  // The browser never holds real keys; the server re-signs requests when it talks to AWS.
  credentials: { accessKeyId: 'BROWSER', secretAccessKey: 'not-a-secret' },
});
