import {
  GetImportCommand,
  ListEventDataStoresCommand,
  ListImportsCommand,
  paginateListImports,
  StartImportCommand,
  type CloudTrailClient,
} from '@aws-sdk/client-cloudtrail';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failure, s3Source } from './fixtures.ts';
import { post, startEmulator } from './harness.ts';
import {
  DATA,
  MANAGEMENT,
  PAYMENTS,
  SANDBOX,
  SECURITY,
  startOrganization,
  type OrganizationHarness,
} from './organization-harness.ts';

let h: OrganizationHarness;
beforeEach(async () => {
  h = await startOrganization();
});
afterEach(() => h.close());

const ID = '00000000-0000-4000-8000-000000000000';
const anyCall = (client: CloudTrailClient) => [
  client.send(new ListImportsCommand({})),
  client.send(new ListEventDataStoresCommand({})),
  client.send(new GetImportCommand({ ImportId: ID })),
  client.send(new StartImportCommand({ ImportId: ID })),
];

async function pages(client: CloudTrailClient): Promise<number> {
  let count = 0;
  for await (const page of paginateListImports({ client, pageSize: 5 }, {})) count += page.Imports?.length ? 1 : 0;
  return count;
}

describe('the demo organization', () => {
  it('denies every CloudTrail call in sandbox-legacy, in every region, in AWS wording', async () => {
    for (const region of ['us-east-1', 'eu-west-1']) {
      for (const call of anyCall(h.cloudtrail(SANDBOX, region))) {
        const error = await failure(call);
        expect(error).toMatchObject({ name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } });
        expect(error).toHaveProperty('message', expect.stringMatching(
          new RegExp(`^User: arn:aws:sts::${SANDBOX}:assumed-role/[\\w+=,.@-]+/[\\w+=,.@-]+ is not authorized to perform: cloudtrail:\\w+ because`),
        ));
      }
    }
    const error = await failure(h.cloudtrail(SANDBOX, 'us-east-1').send(new ListImportsCommand({})));
    expect(error).toHaveProperty('message', expect.stringContaining('cloudtrail:ListImports'));
  });

  it('answers UnsupportedOperationException for every CloudTrail call in ca-west-1, in every account', async () => {
    for (const account of [MANAGEMENT, SECURITY, PAYMENTS, DATA]) {
      for (const call of anyCall(h.cloudtrail(account, 'ca-west-1'))) {
        expect(await failure(call)).toMatchObject({ name: 'UnsupportedOperationException', $metadata: { httpStatusCode: 400 } });
      }
    }
  });
});

describe('source faults set at run time', () => {
  it.each([
    ['AccessDeniedException', /is not authorized to perform: cloudtrail:ListImports/],
    ['UnsupportedOperationException', /not supported/],
    ['ThrottlingException', /^Rate exceeded$/],
    ['ExpiredTokenException', /^The security token included in the request is expired$/],
  ])('fail one source with %s (HTTP 400) and leave the others alone', async (error, message) => {
    expect((await h.control('/_emulator/source-faults', { faults: [{ account: DATA, region: 'eu-west-1', error }] })).status).toBe(204);
    const failed = await failure(h.cloudtrail(DATA, 'eu-west-1').send(new ListImportsCommand({})));
    expect(failed).toMatchObject({ name: error, $metadata: { httpStatusCode: 400 } });
    expect(failed).toHaveProperty('message', expect.stringMatching(message));
    expect((await h.cloudtrail(DATA, 'us-east-1').send(new ListImportsCommand({}))).Imports).toHaveLength(20);
    expect((await h.cloudtrail(PAYMENTS, 'eu-west-1').send(new ListImportsCommand({}))).Imports).toHaveLength(20);
  });

  it('fail a source part-way through a listing: the first afterRequests requests succeed', async () => {
    const faults = [{ account: SECURITY, region: 'us-east-1', error: 'ThrottlingException', afterRequests: 2 }];
    expect((await h.control('/_emulator/source-faults', { faults })).status).toBe(204);
    const client = h.cloudtrail(SECURITY, 'us-east-1');
    const seen: number[] = [];
    const listing = (async () => {
      for await (const page of paginateListImports({ client, pageSize: 5 }, {})) seen.push(page.Imports?.length ?? 0);
    })();
    expect(await failure(listing)).toMatchObject({ name: 'ThrottlingException' });
    expect(seen).toEqual([5, 5]);
    expect(await pages(h.cloudtrail(SECURITY, 'eu-west-1'))).toBe(4);
  });

  it('cover every region of an account, or every account of a region, when one is left out', async () => {
    const faults = [{ account: PAYMENTS, error: 'ExpiredTokenException' }, { region: 'eu-west-1', error: 'ThrottlingException' }];
    expect((await h.control('/_emulator/source-faults', { faults })).status).toBe(204);
    const names = async (account: string, region: string) =>
      h.cloudtrail(account, region).send(new ListImportsCommand({})).then(() => 'ok', (error: Error) => error.name);
    expect(await names(PAYMENTS, 'us-east-1')).toBe('ExpiredTokenException');
    expect(await names(PAYMENTS, 'eu-west-1')).toBe('ExpiredTokenException');
    expect(await names(MANAGEMENT, 'eu-west-1')).toBe('ThrottlingException');
    expect(await names(MANAGEMENT, 'us-east-1')).toBe('ok');
    // the list replaced the organization's own faults, so sandbox-legacy answers until a reset
    expect(await names(SANDBOX, 'us-east-1')).toBe('ok');
  });

  it("are reported, cleared by a reset (which restores the organization's own) and by an empty list", async () => {
    const faults = [{ account: DATA, error: 'AccessDeniedException', afterRequests: 1 }];
    expect((await h.control('/_emulator/source-faults', { faults })).status).toBe(204);
    const client = h.cloudtrail(DATA, 'us-east-1');
    await client.send(new ListImportsCommand({}));
    await failure(client.send(new ListImportsCommand({})));
    expect(await (await h.control('/_emulator/source-faults')).json()).toEqual({
      faults: [{ account: DATA, error: 'AccessDeniedException', afterRequests: 1, failed: 1 }],
    });
    expect((await h.control('/_emulator/reset', {})).status).toBe(204);
    expect((await client.send(new ListImportsCommand({}))).Imports).toHaveLength(20);
    expect(await failure(h.cloudtrail(SANDBOX, 'us-east-1').send(new ListImportsCommand({})))).toMatchObject({ name: 'AccessDeniedException' });
    expect((await h.control('/_emulator/source-faults', { faults: [] })).status).toBe(204);
    expect((await h.cloudtrail(SANDBOX, 'us-east-1').send(new ListImportsCommand({}))).Imports).toHaveLength(20);
  });

  it.each([
    [{ faults: [{ account: '999999999999', error: 'ThrottlingException' }] }, /not an account of the organization/],
    [{ faults: [{ error: 'InternalFailure' }] }, /error must be one of AccessDeniedException/],
    [{ faults: [{ error: 'ThrottlingException', afterRequests: -1 }] }, /afterRequests/],
    [{ faults: [{ error: 'ThrottlingException', region: 'Mars' }] }, /not a region name/],
    [{ faults: [{ error: 'ThrottlingException', when: 'now' }] }, /unknown member when/],
    [{ faults: 'ThrottlingException' }, /must be a list/],
    [{}, /must be a list/],
    [{ faults: [], extra: 1 }, /Unknown member extra/],
  ])('refuse %j with 400 and say why', async (body, reason) => {
    const response = await h.control('/_emulator/source-faults', body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(reason);
  });
});

describe('source faults without an organization', () => {
  it('apply to the one source of account 123456789012 in us-east-1', async () => {
    const plain = await startEmulator({ imports: 3 });
    try {
      const set = await fetch(`${plain.url}/_emulator/source-faults`, {
        method: 'POST',
        body: JSON.stringify({ faults: [{ account: MANAGEMENT, error: 'ExpiredTokenException' }] }),
      });
      expect(set.status).toBe(204);
      expect(await failure(plain.client.send(new ListImportsCommand({})))).toMatchObject({ name: 'ExpiredTokenException' });
      await fetch(`${plain.url}/_emulator/reset`, { method: 'POST', body: '{}' });
      expect((await post(plain.url, 'ListImports', {})).status).toBe(200);
      const foreign = { faults: [{ account: SECURITY, error: 'ExpiredTokenException' }] };
      expect((await fetch(`${plain.url}/_emulator/source-faults`, { method: 'POST', body: JSON.stringify(foreign) })).status).toBe(400);
    } finally {
      await plain.close();
    }
  });
});

describe('a source fault and the import it would have started', () => {
  it('starts nothing: the denied source keeps its data', async () => {
    expect((await h.control('/_emulator/source-faults', { faults: [{ account: DATA, region: 'us-east-1', error: 'AccessDeniedException' }] })).status).toBe(204);
    const client = h.cloudtrail(DATA, 'us-east-1');
    const started = client.send(new StartImportCommand({ Destinations: ['arn:aws:cloudtrail:us-east-1:472650918334:eventdatastore/x'], ImportSource: s3Source() }));
    expect(await failure(started)).toMatchObject({ name: 'AccessDeniedException' });
    expect((await h.control('/_emulator/source-faults', { faults: [] })).status).toBe(204);
    expect((await client.send(new ListImportsCommand({ MaxResults: 1000 }))).Imports).toHaveLength(20);
  });
});
