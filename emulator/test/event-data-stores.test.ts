import { GetEventDataStoreCommand, ListEventDataStoresCommand } from '@aws-sdk/client-cloudtrail';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from './fixtures.ts';
import { startEmulator, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startEmulator();
});
afterAll(() => h.close());

const ARN = /^arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore\/[0-9a-f-]{36}$/;

describe('ListEventDataStores', () => {
  it('lists the four data stores with only their ARN and name', async () => {
    const { EventDataStores = [], NextToken } = await h.client.send(new ListEventDataStoresCommand({}));
    expect(NextToken).toBeUndefined();
    const names = ['archive-2024', 'org-management-events', 'prod-data-events', 'security-audit-lake'];
    expect(EventDataStores.map((store) => store.Name)).toEqual(names);
    for (const store of EventDataStores) {
      expect(Object.keys(store).sort()).toEqual(['EventDataStoreArn', 'Name']);
      expect(store.EventDataStoreArn).toMatch(ARN);
    }
  });

  it('pages one data store at a time, each exactly once', async () => {
    const names: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await h.client.send(new ListEventDataStoresCommand({ MaxResults: 1, NextToken }));
      names.push(...(page.EventDataStores ?? []).map((store) => store.Name ?? ''));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(names).toHaveLength(4);
    expect(new Set(names).size).toBe(4);
  });

  it('rejects MaxResults out of 1-1000 with InvalidMaxResultsException and a bad token with InvalidNextTokenException', async () => {
    for (const MaxResults of [0, 1001]) {
      expect(await failure(h.client.send(new ListEventDataStoresCommand({ MaxResults })))).toMatchObject({ name: 'InvalidMaxResultsException' });
    }
    const call = h.client.send(new ListEventDataStoresCommand({ NextToken: 'made-up-token' }));
    expect(await failure(call)).toMatchObject({ name: 'InvalidNextTokenException' });
  });
});

describe('GetEventDataStore', () => {
  it('describes a data store by its full ARN or by the ID part', async () => {
    const { EventDataStores = [] } = await h.client.send(new ListEventDataStoresCommand({}));
    for (const { EventDataStoreArn = '', Name } of EventDataStores) {
      const byArn = await h.client.send(new GetEventDataStoreCommand({ EventDataStore: EventDataStoreArn }));
      const byId = await h.client.send(new GetEventDataStoreCommand({ EventDataStore: EventDataStoreArn.split('/')[1] }));
      expect(byArn).toMatchObject({
        EventDataStoreArn,
        Name,
        Status: 'ENABLED',
        MultiRegionEnabled: expect.any(Boolean),
        OrganizationEnabled: expect.any(Boolean),
        RetentionPeriod: expect.any(Number),
        TerminationProtectionEnabled: true,
        BillingMode: expect.stringMatching(/^(EXTENDABLE|FIXED)_RETENTION_PRICING$/),
        CreatedTimestamp: expect.any(Date),
        UpdatedTimestamp: expect.any(Date),
        AdvancedEventSelectors: [expect.objectContaining({ FieldSelectors: expect.any(Array) })],
      });
      expect(byId).toEqual({ ...byArn, $metadata: expect.any(Object) });
    }
  });

  it('answers an unknown data store with EventDataStoreNotFoundException (404)', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const EventDataStore of [`arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/${id}`, id]) {
      const error = await failure(h.client.send(new GetEventDataStoreCommand({ EventDataStore })));
      expect(error).toMatchObject({ name: 'EventDataStoreNotFoundException', $metadata: { httpStatusCode: 404 } });
    }
  });

  it('rejects a malformed ARN with EventDataStoreARNInvalidException and a missing one with InvalidParameterException', async () => {
    for (const EventDataStore of ['arn:aws:s3:::my-bucket', 'has spaces', 'x'.repeat(257)]) {
      const error = await failure(h.client.send(new GetEventDataStoreCommand({ EventDataStore })));
      expect(error).toMatchObject({ name: 'EventDataStoreARNInvalidException', $metadata: { httpStatusCode: 400 } });
    }
    const missing = h.client.send(new GetEventDataStoreCommand({ EventDataStore: undefined }));
    expect(await failure(missing)).toMatchObject({ name: 'InvalidParameterException' });
  });
});
