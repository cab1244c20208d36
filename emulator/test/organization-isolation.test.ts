import {
  GetImportCommand,
  ListImportFailuresCommand,
  ListImportsCommand,
  StopImportCommand,
  type CloudTrailClient,
} from '@aws-sdk/client-cloudtrail';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failure, importWithStatus, startNewImport } from './fixtures.ts';
import { DATA, MANAGEMENT, PAYMENTS, SECURITY, startOrganization, type OrganizationHarness } from './organization-harness.ts';

let h: OrganizationHarness;
let payments: CloudTrailClient;
let paymentsEu: CloudTrailClient;
let security: CloudTrailClient;
beforeEach(async () => {
  h = await startOrganization();
  payments = h.cloudtrail(PAYMENTS, 'us-east-1');
  paymentsEu = h.cloudtrail(PAYMENTS, 'eu-west-1');
  security = h.cloudtrail(SECURITY, 'us-east-1');
});
afterEach(() => h.close());

async function ids(client: CloudTrailClient): Promise<string[]> {
  const { Imports = [] } = await client.send(new ListImportsCommand({ MaxResults: 1000 }));
  return Imports.map((item) => item.ImportId ?? '');
}

describe('isolation between sources', () => {
  it('gives every source its own imports, seeded differently, and finds an import only where it lives', async () => {
    const [a, b, c] = await Promise.all([ids(payments), ids(paymentsEu), ids(security)]);
    for (const list of [a, b, c]) expect(list).toHaveLength(20);
    expect(new Set([...a, ...b, ...c]).size).toBe(60);
    const id = a[3] ?? '';
    expect((await payments.send(new GetImportCommand({ ImportId: id }))).ImportId).toBe(id);
    expect(await failure(paymentsEu.send(new GetImportCommand({ ImportId: id })))).toMatchObject({ name: 'ImportNotFoundException' });
    expect(await failure(security.send(new ListImportFailuresCommand({ ImportId: id })))).toMatchObject({ name: 'ImportNotFoundException' });
  });

  it('refuses a page token from another source, even for the same listing', async () => {
    const first = await payments.send(new ListImportsCommand({ MaxResults: 5, ImportStatus: 'COMPLETED' }));
    const token = first.NextToken;
    expect(token).toBeDefined();
    for (const other of [paymentsEu, security, h.cloudtrail(MANAGEMENT, 'us-east-1')]) {
      const error = await failure(other.send(new ListImportsCommand({ MaxResults: 5, ImportStatus: 'COMPLETED', NextToken: token })));
      expect(error).toMatchObject({ name: 'InvalidNextTokenException' });
    }
    const next = await payments.send(new ListImportsCommand({ MaxResults: 5, ImportStatus: 'COMPLETED', NextToken: token }));
    expect(next.Imports).toHaveLength(5);
  });

  it('allows one active import per source, not one per organization', async () => {
    for (const client of [payments, paymentsEu, security]) {
      expect(await failure(startNewImport(client))).toMatchObject({ name: 'AccountHasOngoingImportException' });
    }
    const running = await importWithStatus(payments, 'IN_PROGRESS');
    await payments.send(new StopImportCommand({ ImportId: running }));
    const started = await startNewImport(payments);
    expect(started.ImportStatus).toBe('INITIALIZING');
    expect(await failure(startNewImport(payments))).toMatchObject({ name: 'AccountHasOngoingImportException' });
    expect(await failure(startNewImport(paymentsEu))).toMatchObject({ name: 'AccountHasOngoingImportException' });
    expect(await ids(paymentsEu)).not.toContain(started.ImportId);
    expect(await ids(security)).not.toContain(started.ImportId);
  });

  it('starts an import in the event data store of its own source only', async () => {
    await payments.send(new StopImportCommand({ ImportId: await importWithStatus(payments, 'IN_PROGRESS') }));
    await security.send(new StopImportCommand({ ImportId: await importWithStatus(security, 'IN_PROGRESS') }));
    const started = await startNewImport(security);
    expect(started.Destinations?.[0]).toMatch(new RegExp(`:us-east-1:${SECURITY}:eventdatastore/`));
    const [foreign = ''] = started.Destinations ?? [];
    const error = await failure(startNewImport(h.cloudtrail(DATA, 'us-east-1'), undefined, foreign));
    expect(error).toMatchObject({ name: 'EventDataStoreNotFoundException' });
  });

  it('moves every source on the one shared clock, and reseeds every source on a reset', async () => {
    const before = await Promise.all([ids(payments), ids(security)]);
    const runningPayments = await importWithStatus(payments, 'IN_PROGRESS');
    const runningSecurity = await importWithStatus(security, 'IN_PROGRESS');
    expect((await h.control('/_emulator/advance', { seconds: 3600 })).status).toBe(204);
    for (const [client, id] of [[payments, runningPayments], [security, runningSecurity]] as const) {
      expect((await client.send(new GetImportCommand({ ImportId: id }))).ImportStatus).toBe('COMPLETED');
    }
    const started = await startNewImport(payments);
    expect((await h.control('/_emulator/reset', {})).status).toBe(204);
    expect(await Promise.all([ids(payments), ids(security)])).toEqual(before);
    expect(await ids(payments)).not.toContain(started.ImportId);
  });
});
