import { ListEventDataStoresCommand, ListImportsCommand } from '@aws-sdk/client-cloudtrail';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAwsCli } from './aws-cli-run.ts';
import { s3Source } from './fixtures.ts';
import { startEmulator, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startEmulator();
});
afterAll(() => h.close());

interface CliOutput {
  Imports?: { ImportId: string; ImportStatus: string }[];
  EventDataStores?: unknown[];
  Failures?: unknown[];
  ImportStatistics?: { FailedEntries: number };
}

// Runs `aws cloudtrail ...`; fails with `{ stderr }` when the CLI reports an error.
function aws(...args: string[]): Promise<CliOutput> {
  const keys = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret' };
  return runAwsCli<CliOutput>(h.url, 'us-east-1', keys, ['cloudtrail', ...args]);
}

async function awsError(...args: string[]): Promise<string> {
  const error = await aws(...args).then(
    () => new Error('expected the AWS CLI to fail'),
    (failure: unknown) => failure,
  );
  if (error instanceof Error && 'stderr' in error) return String(error.stderr);
  throw error;
}

// The CLI sends the long X-Amz-Target form and serializes with botocore, not the JS SDK.
describe('the AWS CLI against the emulator', () => {
  it('lists failed imports and data stores, describes an import and lists its failures', async () => {
    const [failed, stores] = await Promise.all([aws('list-imports', '--import-status', 'FAILED'), aws('list-event-data-stores')]);
    expect(stores.EventDataStores).toHaveLength(4);
    expect(new Set(failed.Imports?.map((item) => item.ImportStatus))).toEqual(new Set(['FAILED']));
    const { Imports = [] } = await h.client.send(new ListImportsCommand({ ImportStatus: 'FAILED', MaxResults: 1 }));
    const id = Imports[0]?.ImportId ?? '';
    const [detail, failures] = await Promise.all([aws('get-import', '--import-id', id), aws('list-import-failures', '--import-id', id)]);
    expect(detail).toMatchObject({ ImportId: id, ImportStatus: 'FAILED', ImportStatistics: { FailedEntries: expect.any(Number) } });
    expect(failures.Failures).toHaveLength(detail.ImportStatistics?.FailedEntries ?? -1);
  });

  it('stops the running import, then starts a new one', async () => {
    const [running, stores] = await Promise.all([
      h.client.send(new ListImportsCommand({ ImportStatus: 'IN_PROGRESS' })),
      h.client.send(new ListEventDataStoresCommand({})),
    ]);
    const stopped = await aws('stop-import', '--import-id', running.Imports?.[0]?.ImportId ?? '');
    expect(stopped).toMatchObject({ ImportStatus: 'STOPPED', ImportStatistics: expect.any(Object) });
    const destination = stores.EventDataStores?.[0]?.EventDataStoreArn ?? '';
    const started = await aws('start-import', '--destinations', destination, '--import-source', JSON.stringify(s3Source()));
    expect(started).toMatchObject({ ImportStatus: 'INITIALIZING', ImportId: expect.stringMatching(/^[a-f0-9-]{36}$/) });
    expect(started).not.toHaveProperty('ImportStatistics');
  });

  it('reports AWS errors by name', async () => {
    expect(await awsError('get-import', '--import-id', '00000000-0000-4000-8000-000000000000')).toContain('(ImportNotFoundException)');
  });
});
