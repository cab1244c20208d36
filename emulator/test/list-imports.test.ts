import { ListImportsCommand, paginateListImports, type ImportsListItem, type ListImportsCommandInput } from '@aws-sdk/client-cloudtrail';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataStoreArns, failure, startNewImport } from './fixtures.ts';
import { post, startEmulator, type Harness } from './harness.ts';

let h: Harness;
let big: Harness;
beforeAll(async () => {
  [h, big] = await Promise.all([startEmulator(), startEmulator({ imports: 2500 })]);
});
afterAll(() => Promise.all([h.close(), big.close()]));

async function listAll(harness: Harness, input: ListImportsCommandInput): Promise<ImportsListItem[]> {
  const items: ImportsListItem[] = [];
  let { NextToken } = input;
  do {
    const page = await harness.client.send(new ListImportsCommand({ ...input, NextToken }));
    expect(page.Imports?.length).toBeLessThanOrEqual(input.MaxResults ?? 50);
    items.push(...(page.Imports ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  return items;
}

function ids(items: ImportsListItem[]): string[] {
  return items.map((item) => item.ImportId ?? '');
}

describe('ListImports', () => {
  it('lists imports newest first, ties by ImportId, with list members only', async () => {
    const { Imports = [], NextToken } = await h.client.send(new ListImportsCommand({ MaxResults: 1000 }));
    expect(Imports).toHaveLength(60);
    expect(NextToken).toBeUndefined();
    const keys = Imports.map((item) => [item.CreatedTimestamp?.getTime() ?? 0, item.ImportId ?? ''] as const);
    const sorted = [...keys].sort((a, b) => b[0] - a[0] || a[1].localeCompare(b[1]));
    expect(keys).toEqual(sorted);
    expect(Imports[0]).toEqual({
      ImportId: expect.any(String),
      ImportStatus: 'IN_PROGRESS',
      Destinations: [expect.stringMatching(/^arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore\//)],
      CreatedTimestamp: expect.any(Date),
      UpdatedTimestamp: expect.any(Date),
    });
  });

  it('returns 50 imports per page when MaxResults is absent', async () => {
    const first = await h.client.send(new ListImportsCommand({}));
    expect(first.Imports).toHaveLength(50);
    const second = await h.client.send(new ListImportsCommand({ NextToken: first.NextToken }));
    expect(second.Imports).toHaveLength(10);
    expect(second.NextToken).toBeUndefined();
  });

  it('filters by ImportStatus and Destination', async () => {
    const everything = await listAll(h, { MaxResults: 1000 });
    const [arn] = await dataStoreArns(h.client);
    const failed = await listAll(h, { ImportStatus: 'FAILED', MaxResults: 7 });
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((item) => item.ImportStatus === 'FAILED')).toBe(true);
    expect(ids(failed)).toEqual(ids(everything.filter((item) => item.ImportStatus === 'FAILED')));
    const both = await listAll(h, { ImportStatus: 'COMPLETED', Destination: arn, MaxResults: 3 });
    const expected = everything.filter((item) => item.ImportStatus === 'COMPLETED' && item.Destinations?.[0] === arn);
    expect(ids(both)).toEqual(ids(expected));
  });

  it.each([1, 2, 999, 1000])('yields every import exactly once with MaxResults %i', async (size) => {
    const harness = size < 100 ? h : big;
    const items = await listAll(harness, { MaxResults: size });
    expect(items).toHaveLength(size < 100 ? 60 : 2500);
    expect(new Set(ids(items)).size).toBe(items.length);
  });

  it('yields every import exactly once through paginateListImports', async () => {
    const seen: string[] = [];
    for await (const page of paginateListImports({ client: big.client, pageSize: 333 }, {})) seen.push(...ids(page.Imports ?? []));
    expect(seen).toHaveLength(2500);
    expect(new Set(seen).size).toBe(2500);
  });

  it.each([0, 1001, -1])('rejects MaxResults %i with InvalidParameterException', async (size) => {
    expect(await failure(h.client.send(new ListImportsCommand({ MaxResults: size })))).toMatchObject({
      name: 'InvalidParameterException',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('neither repeats nor skips an import when new ones are started while paging', async () => {
    const harness = await startEmulator({ imports: 30 });
    try {
      const first = await harness.client.send(new ListImportsCommand({ MaxResults: 10 }));
      harness.advance(20 * 60);
      const started = await startNewImport(harness.client);
      const rest = await listAll(harness, { MaxResults: 10, NextToken: first.NextToken });
      const all = [...ids(first.Imports ?? []), ...ids(rest)];
      expect(all).toHaveLength(30);
      expect(new Set(all).size).toBe(30);
      expect(all).not.toContain(started.ImportId);
    } finally {
      await harness.close();
    }
  });
});

describe('ListImports validation and tokens', () => {
  const invalidToken = { name: 'InvalidNextTokenException', $metadata: { httpStatusCode: 400 } };

  async function tokenFor(input: ListImportsCommandInput): Promise<string> {
    const { NextToken } = await h.client.send(new ListImportsCommand({ ...input, MaxResults: 1 }));
    if (!NextToken) throw new Error('expected a second page');
    return NextToken;
  }

  it('rejects a token reused with another status filter', async () => {
    const token = await tokenFor({ ImportStatus: 'COMPLETED' });
    const call = h.client.send(new ListImportsCommand({ ImportStatus: 'FAILED', NextToken: token }));
    expect(await failure(call)).toMatchObject(invalidToken);
    expect(await failure(h.client.send(new ListImportsCommand({ NextToken: token })))).toMatchObject(invalidToken);
  });

  it('rejects a token reused with another destination', async () => {
    const [first = '', second] = await dataStoreArns(h.client);
    const token = await tokenFor({ Destination: first });
    expect(await failure(h.client.send(new ListImportsCommand({ Destination: second, NextToken: token })))).toMatchObject(invalidToken);
  });

  it('accepts a token with another page size', async () => {
    const token = await tokenFor({});
    const { Imports } = await h.client.send(new ListImportsCommand({ MaxResults: 5, NextToken: token }));
    expect(Imports).toHaveLength(5);
  });

  it.each([
    ['forged', () => Buffer.from(JSON.stringify([Date.now(), 'x'])).toString('base64url') + '.AAAAAAAAAAAAAAAAAAAAAAAA'],
    ['garbage', () => 'not-a-token-at-all'],
    ['too short', () => 'abc'],
    ['too long', () => 'a'.repeat(1001)],
  ])('rejects a %s token with InvalidNextTokenException', async (_, make) => {
    expect(await failure(h.client.send(new ListImportsCommand({ NextToken: make() })))).toMatchObject(invalidToken);
  });

  it('rejects a truncated or altered token', async () => {
    const token = await tokenFor({});
    const truncated = token.slice(0, -3);
    const altered = (token[0] === 'A' ? 'B' : 'A') + token.slice(1);
    expect(await failure(h.client.send(new ListImportsCommand({ NextToken: truncated })))).toMatchObject(invalidToken);
    expect(await failure(h.client.send(new ListImportsCommand({ NextToken: altered })))).toMatchObject(invalidToken);
  });

  it('rejects a token another emulator issued', async () => {
    const token = await tokenFor({});
    expect(await failure(big.client.send(new ListImportsCommand({ NextToken: token })))).toMatchObject(invalidToken);
  });

  it('rejects an unknown ImportStatus with InvalidParameterException', async () => {
    const response = await post(h.url, 'ListImports', { ImportStatus: 'RUNNING' });
    expect(response.status).toBe(400);
    const body: unknown = await response.json();
    expect(body).toMatchObject({ __type: 'InvalidParameterException', Message: expect.stringContaining('enum value set') });
  });

  it.each([
    ['has characters outside the pattern', 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/a b'],
    ['is shorter than 3 characters', 'ab'],
    ['is longer than 256 characters', `arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/${'a'.repeat(200)}`],
    ['names no data store of the account', 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/unknown-store-id'],
  ])('rejects a Destination that %s with EventDataStoreARNInvalidException', async (_, arn) => {
    const call = h.client.send(new ListImportsCommand({ Destination: arn }));
    expect(await failure(call)).toMatchObject({ name: 'EventDataStoreARNInvalidException', $metadata: { httpStatusCode: 400 } });
  });
});
