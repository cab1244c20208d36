import { GetImportCommand, ListImportsCommand, type ImportsListItem } from '@aws-sdk/client-cloudtrail';
import { describe, expect, it } from 'vitest';
import { IMPORT_STATUSES } from '../model.ts';
import { listImports } from '../operations/list-imports.ts';
import { seed } from '../seed.ts';
import { lastChangeMs } from '../seed-one-at-a-time.ts';
import { createTokens } from '../tokens.ts';
import { NOW, startEmulator } from './harness.ts';

async function snapshotOf(options: { seed?: number; imports?: number }) {
  const h = await startEmulator(options);
  try {
    const { Imports = [] } = await h.client.send(new ListImportsCommand({ MaxResults: 1000 }));
    const details = await Promise.all(Imports.slice(0, 5).map((item) => h.client.send(new GetImportCommand({ ImportId: item.ImportId }))));
    return { Imports, details: details.map(({ $metadata, ...detail }) => detail) };
  } finally {
    await h.close();
  }
}

function countByStatus(items: ImportsListItem[]) {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.ImportStatus ?? '', (counts.get(item.ImportStatus ?? '') ?? 0) + 1);
  return counts;
}

describe('demo data', () => {
  it('is the same for the same seed and differs for another', async () => {
    const [first, again, other] = await Promise.all([snapshotOf({ seed: 7 }), snapshotOf({ seed: 7 }), snapshotOf({ seed: 8 })]);
    expect(again).toEqual(first);
    expect(other.Imports.map((item) => item.ImportId)).not.toEqual(first.Imports.map((item) => item.ImportId));
  });

  it('has 60 imports by default, exactly one of them in progress, and every ended status', async () => {
    const { Imports } = await snapshotOf({});
    expect(Imports).toHaveLength(60);
    const counts = countByStatus(Imports);
    expect(counts.get('IN_PROGRESS')).toBe(1);
    expect(counts.has('INITIALIZING')).toBe(false);
    for (const status of ['COMPLETED', 'FAILED', 'STOPPED']) expect(counts.get(status)).toBeGreaterThan(0);
    const created = Imports.map((item) => item.CreatedTimestamp?.getTime() ?? 0);
    expect(Math.min(...created)).toBeGreaterThan(NOW - 181 * 86_400_000);
  });

  it.each([
    [0, []],
    [1, ['IN_PROGRESS']],
    [5, ['COMPLETED', 'COMPLETED', 'FAILED', 'IN_PROGRESS', 'STOPPED']],
  ])('with %i imports has the statuses %j', async (imports, statuses) => {
    const { Imports } = await snapshotOf({ imports });
    expect(Imports.map((item) => item.ImportStatus).sort()).toEqual(statuses);
  });

  it('keeps the running import moving for at least twelve minutes', async () => {
    const h = await startEmulator();
    try {
      const { Imports = [] } = await h.client.send(new ListImportsCommand({ ImportStatus: 'IN_PROGRESS' }));
      const ImportId = Imports[0]?.ImportId;
      const files: number[] = [];
      for (let minute = 0; minute <= 12; minute += 2) {
        const detail = await h.client.send(new GetImportCommand({ ImportId }));
        expect(detail.ImportStatus).toBe('IN_PROGRESS');
        files.push(detail.ImportStatistics?.FilesCompleted ?? 0);
        h.advance(120);
      }
      expect(new Set(files).size).toBe(files.length);
      h.advance(10 * 60);
      expect((await h.client.send(new GetImportCommand({ ImportId }))).ImportStatus).toBe('COMPLETED');
    } finally {
      await h.close();
    }
  });

  it('seeds 100,000 imports and lists every one exactly once under every filter', () => {
    // Speed is measured by `npm run bench`, not asserted here: shared machines make timings noisy.
    const store = seed({ seed: 1, imports: 100_000, now: NOW });
    const context = { store, now: NOW, tokens: createTokens() };
    const destination = store.dataStores[1]?.arn;
    const byStatus = IMPORT_STATUSES.flatMap((status) => [{ ImportStatus: status }, { ImportStatus: status, Destination: destination }]);
    const counts = new Map<string, number>();
    for (const filter of [{}, { Destination: destination }, ...byStatus]) {
      const ids = new Set<string>();
      let listed = 0;
      let token: string | undefined;
      do {
        const page = listImports({ ...filter, MaxResults: 1000, NextToken: token }, context);
        for (const item of page.Imports ?? []) ids.add(item.ImportId ?? '');
        listed += page.Imports?.length ?? 0;
        token = page.NextToken;
      } while (token);
      expect(ids.size, JSON.stringify(filter)).toBe(listed);
      counts.set(JSON.stringify(filter), listed);
    }
    expect(counts.get('{}')).toBe(100_000);
    const statusTotal = IMPORT_STATUSES.reduce((sum, status) => sum + (counts.get(JSON.stringify({ ImportStatus: status })) ?? 0), 0);
    expect(statusTotal).toBe(100_000);
  });

  it.each([60, 10_000, 100_000])('runs one import at a time, as CloudTrail does for an account: %i imports', (imports) => {
    const records = [...seed({ seed: 3, imports, now: NOW }).imports].sort((a, b) => a.createdMs - b.createdMs);
    expect(records).toHaveLength(imports);
    const overlaps = records.slice(1).filter((record, i) => lastChangeMs(records[i]) >= record.createdMs);
    expect(overlaps).toEqual([]);
    // Stopped imports may end within seconds; the others still run a minute or more.
    const unstopped = records.filter((record) => record.run.stoppedMs === undefined);
    const lifetimes = unstopped.map((record) => lastChangeMs(record) - record.createdMs);
    expect(Math.min(...lifetimes)).toBeGreaterThanOrEqual(60_000);
  });
});
