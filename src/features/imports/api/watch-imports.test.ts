import { describe, expect, it } from 'vitest';
import { FAKE_SOURCE, makeImport, STORE_A } from '../../../test/fake-cloudtrail.ts';
import { useFakeCloudTrail } from '../../../test/install-fake.ts';
import { NO_FILTERS } from '../filters.ts';
import type { ImportRow } from '../model.ts';
import { applyWatch, EMPTY_WATCH } from '../refresh-merge.ts';
import { MAX_REREADS, watchImports } from './watch-imports.ts';

const getFake = useFakeCloudTrail((fake) => {
  fake.imports = Array.from({ length: 10_000 }, (_, i) => makeImport(i, { status: i % 3 === 0 ? 'FAILED' : 'COMPLETED' }));
  fake.imports[9_999] = makeImport(9_999, { status: 'IN_PROGRESS' });
});

function listed(): ImportRow[] {
  return getFake().imports.map((row) => ({ ...row }));
}

describe('the cheap refresh', () => {
  it('costs two ListImports with 10,000 imports loaded and one running', async () => {
    const fake = getFake();
    const rows = listed();
    const { state, needsRelist } = await watchImports({ source: FAKE_SOURCE, filters: NO_FILTERS, previous: EMPTY_WATCH, listed: rows });
    expect(needsRelist).toBe(false);
    expect(fake.requests.map((r) => [r.operation, r.body.ImportStatus])).toEqual([
      ['ListImports', 'INITIALIZING'],
      ['ListImports', 'IN_PROGRESS'],
    ]);
    expect(state.activeIds).toEqual([rows[9_999].id]);
    expect(applyWatch(rows, state, NO_FILTERS)).toBe(rows);
  });

  it('re-reads only the import that just finished, and shows it finished', async () => {
    const fake = getFake();
    const rows = listed();
    const first = await watchImports({ source: FAKE_SOURCE, filters: NO_FILTERS, previous: EMPTY_WATCH, listed: rows });
    fake.imports[9_999] = { ...fake.imports[9_999], status: 'COMPLETED', updated: fake.imports[9_999].updated + 1000 };
    fake.requests = [];
    const second = await watchImports({ source: FAKE_SOURCE, filters: NO_FILTERS, previous: first.state, listed: rows });
    expect(fake.requests.map((r) => r.operation)).toEqual(['ListImports', 'ListImports', 'GetImport']);
    expect(fake.requests[2].body.ImportId).toBe(rows[9_999].id);
    const shown = applyWatch(rows, second.state, NO_FILTERS);
    expect(shown.find((row) => row.id === rows[9_999].id)?.status).toBe('COMPLETED');
    expect(shown).toHaveLength(10_000);
    expect(second.ended.map((row) => [row.id, row.status])).toEqual([[rows[9_999].id, 'COMPLETED']]);

    // The listing still says it runs, but it was re-read as ended: it is neither re-read nor announced again.
    fake.requests = [];
    const third = await watchImports({ source: FAKE_SOURCE, filters: NO_FILTERS, previous: second.state, listed: rows });
    expect(fake.count('GetImport')).toBe(0);
    expect(third.ended).toEqual([]);
  });

  it('finds an import started elsewhere, honouring the destination filter on the server', async () => {
    const fake = getFake();
    const started = makeImport(20_000, { status: 'INITIALIZING', destinations: [STORE_A.arn] });
    fake.imports.push(started);
    const filters = { status: null, destination: STORE_A.arn };
    const { state } = await watchImports({ source: FAKE_SOURCE, filters, previous: EMPTY_WATCH, listed: [] });
    expect(fake.requests.every((r) => r.body.Destination === STORE_A.arn)).toBe(true);
    expect(state.updates.map((row) => row.id)).toEqual([started.id]);
  });

  it('asks for a full re-list instead of many re-reads when too much changed at once', async () => {
    const fake = getFake();
    const rows = listed().map((row, i) => (i < MAX_REREADS + 1 ? { ...row, status: 'IN_PROGRESS' } : row));
    fake.imports[9_999] = { ...fake.imports[9_999], status: 'COMPLETED' };
    const { needsRelist } = await watchImports({ source: FAKE_SOURCE, filters: NO_FILTERS, previous: EMPTY_WATCH, listed: rows });
    expect(needsRelist).toBe(true);
    expect(fake.count('GetImport')).toBe(0);
  });
});
