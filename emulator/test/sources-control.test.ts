import { ListImportsCommand, type CloudTrailClient, type ImportStatus } from '@aws-sdk/client-cloudtrail';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_STATUSES } from '../model.ts';
import { NOW } from './harness.ts';
import { DATA, MANAGEMENT, PAYMENTS, SANDBOX, startOrganization, type OrganizationHarness } from './organization-harness.ts';

interface Counts {
  total: number;
  byStatus: Record<ImportStatus, number>;
}
interface SourceTruth {
  account: string;
  accountName: string;
  region: string;
  listed: boolean;
  lake: boolean;
  fault: { error: string; requestsLeft: number } | null;
  seed: number | null;
  eventDataStores: { arn: string; name: string; organization: boolean; imports: Counts }[];
  imports: Counts;
  activeImportId: string | null;
}

let h: OrganizationHarness;
beforeAll(async () => {
  h = await startOrganization();
});
afterAll(() => h.close());

async function truth(): Promise<{ now: number; sources: SourceTruth[] }> {
  const response = await h.control('/_emulator/sources');
  expect(response.status).toBe(200);
  return response.json();
}

function find(sources: SourceTruth[], account: string, region: string): SourceTruth {
  const found = sources.find((source) => source.account === account && source.region === region);
  if (!found) throw new Error(`no ${account}/${region} in the report`);
  return found;
}

async function count(client: CloudTrailClient, filter: { ImportStatus?: ImportStatus; Destination?: string }): Promise<number> {
  return (await client.send(new ListImportsCommand({ ...filter, MaxResults: 1000 }))).Imports?.length ?? 0;
}

describe('GET /_emulator/sources', () => {
  it('lists every source of the organization with the emulator clock', async () => {
    const report = await truth();
    expect(report.now).toBe(NOW);
    expect(report.sources.map(({ account, accountName, region }) => ({ account, accountName, region }))).toEqual(h.emulator.sources());
    expect(find(report.sources, SANDBOX, 'eu-west-1').fault).toEqual({ error: 'AccessDeniedException', requestsLeft: 0 });
    expect(find(report.sources, MANAGEMENT, 'ca-west-1')).toMatchObject({ lake: false, fault: null, eventDataStores: [], imports: { total: 0 } });
  });

  it('counts imports per status and per event data store as ListImports finds them', async () => {
    const source = find((await truth()).sources, PAYMENTS, 'eu-west-1');
    const client = h.cloudtrail(PAYMENTS, 'eu-west-1');
    expect(source.imports.total).toBe(await count(client, {}));
    for (const status of IMPORT_STATUSES) {
      expect(await count(client, { ImportStatus: status }), status).toBe(source.imports.byStatus[status]);
    }
    for (const store of source.eventDataStores) {
      expect(await count(client, { Destination: store.arn }), store.name).toBe(store.imports.total);
      expect(store.organization).toBe(false);
    }
    expect(source.activeImportId).toEqual(expect.any(String));
  });

  it('follows the clock, and reports how many requests a fault still lets through', async () => {
    expect((await h.control('/_emulator/advance', { seconds: 3600 })).status).toBe(204);
    expect((await h.control('/_emulator/source-faults', { faults: [{ account: DATA, region: 'us-east-1', error: 'ThrottlingException', afterRequests: 3 }] })).status).toBe(204);
    await h.cloudtrail(DATA, 'us-east-1').send(new ListImportsCommand({}));
    const report = await truth();
    expect(report.now).toBe(NOW + 3_600_000);
    const data = find(report.sources, DATA, 'us-east-1');
    expect(data.fault).toEqual({ error: 'ThrottlingException', requestsLeft: 2 });
    expect(data.imports.byStatus.IN_PROGRESS).toBe(0);
    expect(data.activeImportId).toBeNull();
  });

  it('adds the regions created on first use, marked as not listed', async () => {
    await h.cloudtrail(PAYMENTS, 'sa-east-1').send(new ListImportsCommand({}));
    const extra = find((await truth()).sources, PAYMENTS, 'sa-east-1');
    expect(extra).toMatchObject({ listed: false, lake: true, eventDataStores: [], imports: { total: 0 } });
  });
});
