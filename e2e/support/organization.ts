import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { expect, type APIRequestContext } from '@playwright/test';

/** What the emulator holds in one source, as GET /_emulator/sources reports it. */
export interface SourceTruth {
  account: string;
  accountName: string;
  region: string;
  lake: boolean;
  fault: { error: string } | null;
  imports: { total: number; byStatus: Record<string, number> };
  activeImportId: string | null;
}

export interface SourceFault {
  account?: string;
  region?: string;
  error: string;
  afterRequests?: number;
}

export async function sourcesTruth(request: APIRequestContext): Promise<SourceTruth[]> {
  const response = await request.get('/_emulator/sources');
  expect(response.status()).toBe(200);
  return ((await response.json()) as { sources: SourceTruth[] }).sources;
}

/** Replaces the emulator's source faults; an empty list lets every source answer. */
export async function setSourceFaults(request: APIRequestContext, faults: SourceFault[]): Promise<void> {
  const response = await request.post('/_emulator/source-faults', { data: { faults } });
  expect(response.status(), await response.text()).toBe(204);
}

/** Sources a client can list: Lake answers there and no fault stands in the way. */
export function answering(truth: readonly SourceTruth[]): SourceTruth[] {
  return truth.filter((source) => source.lake && source.fault === null);
}

export function total(sources: readonly SourceTruth[], status?: string): number {
  return sources.reduce((sum, source) => sum + (status ? (source.imports.byStatus[status] ?? 0) : source.imports.total), 0);
}

/** A client for one source of the emulator: the access key names the account, the region is signed for. */
export function clientFor(baseURL: string, source: { account: string; region: string }): CloudTrailClient {
  return new CloudTrailClient({
    endpoint: `${baseURL}/cloudtrail`,
    region: source.region,
    credentials: { accessKeyId: source.account, secretAccessKey: 'e2e-not-a-secret' },
    maxAttempts: 1,
  });
}
