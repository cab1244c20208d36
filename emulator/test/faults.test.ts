import { CloudTrailClient, ListImportsCommand, paginateListImports } from '@aws-sdk/client-cloudtrail';
import { afterEach, describe, expect, it } from 'vitest';
import type { FaultSettings } from '../fault-settings.ts';
import { failure } from './fixtures.ts';
import { post, startEmulator, UUID_PATTERN, type Harness } from './harness.ts';

let h: Harness | undefined;
afterEach(() => h?.close());

async function start(imports: number, faults?: FaultSettings): Promise<Harness> {
  h = await startEmulator({ imports, faults });
  return h;
}

// The SDK's defaults: standard retry mode, three attempts.
function retryingClient(url: string): CloudTrailClient {
  return new CloudTrailClient({
    endpoint: url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  });
}

async function listEverything(client: CloudTrailClient) {
  const ids: string[] = [];
  let retries = 0;
  for await (const page of paginateListImports({ client, pageSize: 1000 }, {})) {
    ids.push(...(page.Imports ?? []).map((item) => item.ImportId ?? ''));
    retries += (page.$metadata.attempts ?? 1) - 1;
  }
  return { ids, retries };
}

async function statuses(url: string, count: number, body: object = {}): Promise<number[]> {
  const result: number[] = [];
  for (let i = 0; i < count; i++) {
    const response = await post(url, 'ListEventDataStores', body);
    await response.arrayBuffer();
    result.push(response.status);
  }
  return result;
}

describe('fault injection', () => {
  it('with 20 % throttling and 5 % InternalFailure the SDK still lists 10,000 imports, each exactly once', async () => {
    const { url } = await start(10_000, { throttle: 0.2, internalError: 0.05, seed: 3 });
    const client = retryingClient(url);
    const { ids, retries } = await listEverything(client);
    client.destroy();
    expect(ids).toHaveLength(10_000);
    expect(new Set(ids).size).toBe(10_000);
    expect(retries).toBeGreaterThan(0);
  });

  it('answers the chosen shares of requests with each error in AWS shape, the same way for the same seed', async () => {
    const { url } = await start(5, { throttle: 0.2, internalError: 0.1, unavailable: 0.1, seed: 11 });
    const first = await statuses(url, 400);
    const count = (status: number) => first.filter((s) => s === status).length;
    expect(count(429)).toBeGreaterThan(50);
    expect(count(429)).toBeLessThan(110);
    expect(count(500)).toBeGreaterThan(20);
    expect(count(503)).toBeGreaterThan(20);
    expect(count(200)).toBe(400 - count(429) - count(500) - count(503));

    for (const [status, type] of [[429, 'ThrottlingException'], [500, 'InternalFailure'], [503, 'ServiceUnavailable']] as const) {
      let response = await post(url, 'ListEventDataStores', {});
      while (response.status !== status) {
        await response.arrayBuffer();
        response = await post(url, 'ListEventDataStores', {});
      }
      expect(response.headers.get('x-amzn-errortype')).toBe(type);
      expect(response.headers.get('x-amzn-requestid')).toMatch(UUID_PATTERN);
      expect(await response.json()).toEqual({ __type: type, Message: expect.any(String) });
    }

    const again = { throttle: 0.2, internalError: 0.1, unavailable: 0.1, seed: 11 };
    await fetch(`${url}/_emulator/faults`, { method: 'POST', body: JSON.stringify(again) });
    expect(await statuses(url, 400)).toEqual(first);
  });

  it('keeps the faults of one kind of request the same whatever runs beside it', async () => {
    const { url } = await start(5, { throttle: 0.5, seed: 5 });
    const alone = await statuses(url, 40);
    await fetch(`${url}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ throttle: 0.5, seed: 5 }) });
    const [beside] = await Promise.all([statuses(url, 40), statuses(url, 40, { MaxResults: 1, Other: 'x' })]);
    expect(beside).toEqual(alone);
  });

  it('adds the chosen latency before each answer', async () => {
    const { url } = await start(5, { latencyMs: 150 });
    const started = performance.now();
    expect((await post(url, 'ListImports', {})).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
  });

  it('drops connections before or during the answer, and the SDK retries them', async () => {
    const { url, client } = await start(2_000, { drop: 1 });
    const error = await failure(client.send(new ListImportsCommand({})));
    expect(error).toMatchObject({ message: expect.stringMatching(/socket hang up|ECONNRESET|aborted/) });
    await fetch(`${url}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ drop: 0.3, seed: 2 }) });
    const retrying = retryingClient(url);
    const { ids, retries } = await listEverything(retrying);
    retrying.destroy();
    expect(new Set(ids).size).toBe(2_000);
    expect(ids).toHaveLength(2_000);
    expect(retries).toBeGreaterThan(0);
  });

  it('refuses every NextToken while tokens are invalidated, and the tokens issued before stay refused', async () => {
    const { url, client } = await start(30);
    const { NextToken: before } = await client.send(new ListImportsCommand({ MaxResults: 10 }));
    await fetch(`${url}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ invalidateTokens: true }) });
    const { NextToken: during } = await client.send(new ListImportsCommand({ MaxResults: 10 }));
    for (const token of [before, during]) {
      const error = await failure(client.send(new ListImportsCommand({ MaxResults: 10, NextToken: token })));
      expect(error).toMatchObject({ name: 'InvalidNextTokenException' });
    }
    await fetch(`${url}/_emulator/faults`, { method: 'POST', body: '{}' });
    const error = await failure(client.send(new ListImportsCommand({ MaxResults: 10, NextToken: before })));
    expect(error).toMatchObject({ name: 'InvalidNextTokenException' });
    const { NextToken: after } = await client.send(new ListImportsCommand({ MaxResults: 10 }));
    const { Imports = [] } = await client.send(new ListImportsCommand({ MaxResults: 10, NextToken: after }));
    expect(Imports).toHaveLength(10);
  });
});
