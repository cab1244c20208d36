import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { demoOrganization, type EmulatorOptions } from '../index.ts';
import { startEmulator, type Harness } from './harness.ts';

// The demo organization's accounts (demoOrganization()).
export const MANAGEMENT = '123456789012';
export const SECURITY = '210987654321';
export const PAYMENTS = '345678901234';
export const DATA = '472650918334';
export const SANDBOX = '589104736221';

export interface OrganizationHarness extends Harness {
  // a CloudTrailClient signing with this access key ID for this region, as the dashboard builds one per source
  cloudtrail(accessKeyId: string, region: string): CloudTrailClient;
  control(path: string, body?: unknown): Promise<Response>;
}

export async function startOrganization(options: Omit<EmulatorOptions, 'clock'> = {}): Promise<OrganizationHarness> {
  const h = await startEmulator({ organization: demoOrganization(), imports: 20, ...options });
  const clients: CloudTrailClient[] = [];
  return {
    ...h,
    cloudtrail: (accessKeyId, region) => {
      const client = new CloudTrailClient({
        endpoint: h.url,
        region,
        credentials: { accessKeyId, secretAccessKey: 'not-a-secret' },
        maxAttempts: 1,
      });
      clients.push(client);
      return client;
    },
    control: (path, body) =>
      fetch(`${h.url}${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) }),
    close: () => {
      for (const client of clients) client.destroy();
      return h.close();
    },
  };
}

// An Authorization header as SigV4 writes it; the emulator reads only its credential scope.
export function signedFor(accessKeyId: string, region: string, service = 'cloudtrail'): Record<string, string> {
  const scope = `${accessKeyId}/20261128/${region}/${service}/aws4_request`;
  return { authorization: `AWS4-HMAC-SHA256 Credential=${scope}, SignedHeaders=host;x-amz-date, Signature=00` };
}
