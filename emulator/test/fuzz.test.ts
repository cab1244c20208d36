import {
  CloudTrailClient,
  GetImportCommand,
  ListEventDataStoresCommand,
  ListImportFailuresCommand,
  ListImportsCommand,
  paginateListImports,
  type ImportStatus,
} from '@aws-sdk/client-cloudtrail';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { demoOrganization } from '../index.ts';
import { mulberry32, type Random } from '../random.ts';
import { dataStoreArns, importWithStatus } from './fixtures.ts';
import { closeConnections, problemsWith, send, type RawResponse } from './fuzz-checks.ts';
import { fuzzRequest, signedForSomeSource, type FuzzRequest } from './fuzz-requests.ts';
import type { Known } from './fuzz-values.ts';
import { startEmulator, type Harness } from './harness.ts';

const SEED_IMPORTS = 300;
const CONCURRENCY = 8;
// 10,000 requests take about 7 s alone and three times that beside the rest of the suite on 2 cores.
const TEN_THOUSAND_TIMEOUT_MS = 90_000;
// What Node reports for a connection closed before, or part-way through, an answer.
const DROPPED = /socket hang up|ECONNRESET|aborted/;

let h: Harness | undefined;
afterEach(() => h?.close());
afterAll(() => closeConnections());

async function gatherKnown(client: CloudTrailClient): Promise<Known> {
  const arns = await dataStoreArns(client);
  const { Imports = [], NextToken } = await client.send(new ListImportsCommand({ MaxResults: 5 }));
  const filtered = await client.send(new ListImportsCommand({ MaxResults: 1, ImportStatus: 'COMPLETED', Destination: arns[0] }));
  const stores = await client.send(new ListEventDataStoresCommand({ MaxResults: 1 }));
  const failed = await importWithStatus(client, 'FAILED');
  const failures = await client.send(new ListImportFailuresCommand({ ImportId: failed, MaxResults: 1 }));
  const tokens = [NextToken, filtered.NextToken, stores.NextToken, failures.NextToken].filter((t): t is string => Boolean(t));
  return { ids: Imports.map((item) => item.ImportId ?? ''), arns, tokens };
}

/** Sends `count` generated requests, a few at a time, and hands each answer (or failure) to `check`. */
const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

type Check = (request: FuzzRequest, answer: RawResponse | Error) => void;

type Sign = (random: Random, request: FuzzRequest) => FuzzRequest;

async function fuzz(url: string, known: Known, seed: number, count: number, check: Check, sign?: Sign) {
  const random = mulberry32(seed);
  let left = count;
  const worker = async () => {
    while (left > 0) {
      left -= 1;
      const generated = fuzzRequest(random, known);
      const request = sign ? sign(random, generated) : generated;
      const answer = await send(url, request).catch((error: unknown) => asError(error));
      check(request, answer);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

async function allIds(client: CloudTrailClient, pageSize: number, ImportStatus?: ImportStatus): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of paginateListImports({ client, pageSize }, { ImportStatus })) {
    ids.push(...(page.Imports ?? []).map((item) => item.ImportId ?? ''));
  }
  return ids;
}

describe('fuzzing the AWS API', () => {
  it('answers 10,000 generated requests each validly or with a well-formed AWS error, then still answers right', async () => {
    h = await startEmulator({ imports: SEED_IMPORTS });
    const { client, url } = h;
    const known = await gatherKnown(client);
    const problems: string[] = [];
    const started = new Set<string>();
    await fuzz(url, known, 20131101, 10_000, (request, answer) => {
      const found = answer instanceof Error ? [answer.message] : problemsWith(request, answer);
      const described = `${request.method} ${request.headers['x-amz-target']} ${String(request.body).slice(0, 120)}`;
      if (found.length > 0) problems.push(`${described}: ${found.join('; ')}`);
      if (!(answer instanceof Error) && answer.status === 200 && request.operation === 'StartImport') {
        const id: unknown = JSON.parse(answer.body.toString('utf8')).ImportId;
        if (typeof id === 'string') started.add(id);
      }
    });
    expect(problems.slice(0, 10)).toEqual([]);

    const byThousand = await allIds(client, 1000);
    expect(new Set(byThousand).size).toBe(byThousand.length);
    expect(byThousand.length).toBeGreaterThanOrEqual(SEED_IMPORTS);
    expect(await allIds(client, 37)).toEqual(byThousand);
    const statuses: ImportStatus[] = ['INITIALIZING', 'IN_PROGRESS', 'FAILED', 'STOPPED', 'COMPLETED'];
    const byStatus = (await Promise.all(statuses.map((status) => allIds(client, 1000, status)))).flat();
    expect(new Set(byStatus)).toEqual(new Set(byThousand));
    for (const id of [...started, ...known.ids]) {
      expect((await client.send(new GetImportCommand({ ImportId: id }))).ImportId).toBe(id);
    }
    expect(await dataStoreArns(client)).toEqual(known.arns);
  }, TEN_THOUSAND_TIMEOUT_MS);

  it('under injected faults still answers every generated request in AWS shape or drops it, and never crashes', async () => {
    const faults = { throttle: 0.1, internalError: 0.1, unavailable: 0.1, drop: 0.05, seed: 4 };
    h = await startEmulator({ imports: 50, faults });
    const known = await gatherKnown(h.client).catch(() => ({ ids: [], arns: [], tokens: [] }));
    const faultErrors = { ThrottlingException: 429, InternalFailure: 500, ServiceUnavailable: 503 };
    const problems: string[] = [];
    let dropped = 0;
    await fuzz(h.url, known, 7, 1_000, (request, answer) => {
      if (answer instanceof Error && DROPPED.test(answer.message)) dropped += 1;
      else problems.push(...(answer instanceof Error ? [answer.message] : problemsWith(request, answer, faultErrors)));
    });
    expect(problems.slice(0, 10)).toEqual([]);
    expect(dropped).toBeGreaterThan(0);
    await fetch(`${h.url}/_emulator/faults`, { method: 'POST', body: '{}' });
    expect(await allIds(h.client, 1000)).toHaveLength(50);
  });

  it('with an organization, answers requests signed for any source, or none, in AWS shape; each source then lists its own imports once', async () => {
    h = await startEmulator({ imports: 60, organization: demoOrganization() });
    const clientFor = (accessKeyId: string, region: string) =>
      new CloudTrailClient({ endpoint: h?.url, region, credentials: { accessKeyId, secretAccessKey: 'x' }, maxAttempts: 1 });
    const sources = ['123456789012', '210987654321', '345678901234', '472650918334'].flatMap((account) =>
      ['us-east-1', 'eu-west-1'].map((region) => clientFor(account, region)),
    );
    try {
      const gathered = await Promise.all(sources.slice(2, 4).map((client) => gatherKnown(client)));
      const known = {
        ids: gathered.flatMap((item) => item.ids),
        arns: gathered.flatMap((item) => item.arns),
        tokens: gathered.flatMap((item) => item.tokens),
      };
      const routingErrors = {
        AccessDeniedException: 400,
        UnsupportedOperationException: 400,
        UnrecognizedClientException: 400,
        IncompleteSignatureException: 400,
        InvalidSignatureException: 400,
      };
      const problems: string[] = [];
      await fuzz(h.url, known, 11, 2_000, (request, answer) => {
        const found = answer instanceof Error ? [answer.message] : problemsWith(request, answer, routingErrors);
        if (found.length > 0) problems.push(`${request.headers.authorization} ${request.headers['x-amz-target']}: ${found.join('; ')}`);
      }, signedForSomeSource);
      expect(problems.slice(0, 10)).toEqual([]);
      const seen = new Set<string>();
      for (const client of sources) {
        const ids = await allIds(client, 1000);
        expect(await allIds(client, 37)).toEqual(ids);
        expect(ids.length).toBeGreaterThanOrEqual(60);
        for (const id of ids) seen.add(id);
      }
      expect(seen.size).toBeGreaterThanOrEqual(sources.length * 60);
    } finally {
      for (const client of sources) client.destroy();
    }
  });
});
