import {
  GetEventDataStoreCommand,
  ListEventDataStoresCommand,
  ListImportsCommand,
  type CloudTrailClient,
} from '@aws-sdk/client-cloudtrail';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, demoOrganization, generatedOrganization } from '../index.ts';
import { failure } from './fixtures.ts';
import { post, startEmulator } from './harness.ts';
import {
  DATA,
  MANAGEMENT,
  PAYMENTS,
  SECURITY,
  signedFor,
  startOrganization,
  type OrganizationHarness,
} from './organization-harness.ts';

let h: OrganizationHarness;
beforeAll(async () => {
  h = await startOrganization();
});
afterAll(() => h.close());

async function storeArns(client: CloudTrailClient): Promise<string[]> {
  const { EventDataStores = [] } = await client.send(new ListEventDataStoresCommand({}));
  return EventDataStores.map((store) => store.EventDataStoreArn ?? '');
}

const inSource = (account: string, region: string) => expect.stringMatching(new RegExp(`^arn:aws:cloudtrail:${region}:${account}:eventdatastore/`));

describe('routing by credential scope', () => {
  it.each([
    [SECURITY, SECURITY, 'eu-west-1'],
    [`AKIA${SECURITY}XXXX`, SECURITY, 'us-east-1'],
    [`ASIA${PAYMENTS}ABCD`, PAYMENTS, 'eu-west-1'],
    [DATA, DATA, 'us-east-1'],
    ['BROWSER', MANAGEMENT, 'eu-west-1'],
    ['AKIDEXAMPLE', MANAGEMENT, 'us-east-1'],
  ])('sends a request signed with key %s to account %s in %s', async (key, account, region) => {
    const arns = await storeArns(h.cloudtrail(key, region));
    expect(arns.length).toBeGreaterThan(0);
    for (const arn of arns) expect(arn).toEqual(inSource(account, region));
  });

  it('answers a request without credentials as the management account in us-east-1', async () => {
    const response = await post(h.url, 'ListEventDataStores', {});
    const { EventDataStores } = (await response.json()) as { EventDataStores: { EventDataStoreArn: string }[] };
    for (const store of EventDataStores) expect(store.EventDataStoreArn).toEqual(inSource(MANAGEMENT, 'us-east-1'));
  });

  it("gives the management account's first region the data of the emulator without an organization", async () => {
    const plain = await startEmulator({ imports: 20 });
    try {
      const page = { MaxResults: 1000 };
      const [alone, inOrganization] = await Promise.all([
        plain.client.send(new ListImportsCommand(page)),
        h.cloudtrail('BROWSER', 'us-east-1').send(new ListImportsCommand(page)),
      ]);
      expect(inOrganization.Imports).toEqual(alone.Imports);
      expect(await storeArns(h.cloudtrail(MANAGEMENT, 'us-east-1'))).toEqual(await storeArns(plain.client));
    } finally {
      await plain.close();
    }
  });

  it('answers an account the organization does not have like AWS answers an unknown key', async () => {
    const error = await failure(h.cloudtrail('AKIA999999999999XXXX', 'us-east-1').send(new ListImportsCommand({})));
    expect(error).toMatchObject({
      name: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('lets only the management account own organization event data stores', async () => {
    for (const [account, region] of [[MANAGEMENT, 'us-east-1'], [SECURITY, 'us-east-1'], [PAYMENTS, 'eu-west-1'], [DATA, 'eu-west-1']] as const) {
      const client = h.cloudtrail(account, region);
      const details = await Promise.all(
        (await storeArns(client)).map((arn) => client.send(new GetEventDataStoreCommand({ EventDataStore: arn }))),
      );
      const organizationStores = details.filter((detail) => detail.OrganizationEnabled);
      if (account === MANAGEMENT) expect(organizationStores.length).toBeGreaterThan(0);
      else expect(organizationStores).toEqual([]);
    }
  });

  it('gives each source its own data stores, whose names may repeat across sources', async () => {
    const sources = [[MANAGEMENT, 'eu-west-1'], [SECURITY, 'us-east-1'], [SECURITY, 'eu-west-1'], [PAYMENTS, 'us-east-1'], [DATA, 'eu-west-1']];
    const listed = await Promise.all(sources.map(([account = '', region = '']) => h.cloudtrail(account, region).send(new ListEventDataStoresCommand({}))));
    const arns = listed.flatMap((page) => page.EventDataStores?.map((store) => store.EventDataStoreArn) ?? []);
    const names = listed.map((page) => page.EventDataStores?.map((store) => store.Name).join(','));
    expect(new Set(arns).size).toBe(arns.length);
    expect(new Set(names).size).toBeGreaterThan(1);
  });

  it('answers a region the organization does not name as a region with Lake and nothing in it', async () => {
    const client = h.cloudtrail(PAYMENTS, 'ap-southeast-2');
    expect(await storeArns(client)).toEqual([]);
    expect((await client.send(new ListImportsCommand({}))).Imports).toEqual([]);
  });

  it('refuses a credential scope whose region is not a region, and more than 32 new regions', async () => {
    const notRegion = await post(h.url, 'ListImports', {}, signedFor(SECURITY, 'moon-base'));
    expect(notRegion.status).toBe(400);
    expect(await notRegion.json()).toEqual({ __type: 'InvalidSignatureException', Message: "Credential should be scoped to a valid region, not 'moon-base'." });
    const statuses: number[] = [];
    for (let index = 1; index <= 40; index++) {
      statuses.push((await post(h.url, 'ListImports', {}, signedFor(SECURITY, `zz-test-${index}`))).status);
    }
    expect(statuses.filter((status) => status === 200).length).toBeLessThanOrEqual(32);
    expect(statuses.at(-1)).toBe(400);
  });

  it('answers an Authorization header without a SigV4 credential scope with IncompleteSignatureException', async () => {
    const response = await post(h.url, 'ListImports', {}, { authorization: 'AWS4-HMAC-SHA256 Signature=00' });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('IncompleteSignatureException');
  });
});

describe('emulator.sources()', () => {
  it('lists every (account, region) of the organization, failing ones included, management account first', () => {
    const sources = createEmulator({ organization: demoOrganization() }).sources();
    expect(sources).toHaveLength(15);
    expect(sources[0]).toEqual({ account: MANAGEMENT, accountName: 'management', region: 'us-east-1' });
    expect(sources.filter((source) => source.region === 'ca-west-1')).toHaveLength(5);
    expect(sources).toContainEqual({ account: '589104736221', accountName: 'sandbox-legacy', region: 'eu-west-1' });
  });

  it('is the one default source without an organization', () => {
    expect(createEmulator().sources()).toEqual([{ account: MANAGEMENT, accountName: 'default', region: 'us-east-1' }]);
  });

  it('follows a generated organization, and refuses a spec without exactly one management account', () => {
    const sources = createEmulator({ organization: generatedOrganization(4, ['eu-central-1', 'us-west-2']) }).sources();
    expect(sources).toHaveLength(8);
    expect(sources[0]).toMatchObject({ account: MANAGEMENT, region: 'eu-central-1' });
    const members = demoOrganization().accounts.filter((account) => !account.management);
    expect(() => createEmulator({ organization: { accounts: members, regions: ['us-east-1'] } })).toThrow(/exactly one management account/);
    expect(() => createEmulator({ organization: { ...demoOrganization(), regions: ['us-east-1', 'mars-1'] } })).toThrow(/not a region name/);
  });
});
