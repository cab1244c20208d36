import { describe, expect, it } from 'vitest';
import { layoutRow } from './chunks.ts';
import { describeItem } from './describe-item.ts';
import { buildTimeline } from './lanes.ts';
import { anImport, STORE_A } from './test-imports.ts';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 28, 12);

describe('what the live region announces', () => {
  const imports = [
    anImport({ id: 'aaaa-1', created: NOW - 50 * HOUR, updated: NOW - 49.999 * HOUR, status: 'FAILED' }),
    anImport({ id: 'aaaa-2', created: NOW - 49.99 * HOUR, updated: NOW - 49.98 * HOUR }),
    anImport({ id: 'bbbb-3', created: NOW - 2 * HOUR, updated: NOW - 2 * HOUR, status: 'IN_PROGRESS' }),
  ];
  const model = buildTimeline(imports, new Map([[STORE_A, 'alpha-store']]), NOW);
  const items = layoutRow(model.rows[0] ?? [], 0, { start: NOW - 60 * HOUR, end: NOW }, 600, model.statuses.length);

  it('names a bar’s status, import, lane and times, up to now while it runs', () => {
    const running = items.find((item) => item.bar?.item === 2);
    expect(running && describeItem(model, running)).toMatch(/^In progress import bbbb-3 in alpha-store, from .+ to now \(2 h\)\. Enter opens it\.$/);
  });

  it('counts a chunk’s imports by status', () => {
    const chunk = items.find((item) => !item.bar);
    expect(chunk && describeItem(model, chunk)).toMatch(/^2 imports in alpha-store from .+: 1 failed and 1 completed\. Enter zooms in\.$/);
  });
});
