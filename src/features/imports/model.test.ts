import { describe, expect, it } from 'vitest';
import { countByStatus, durationMs, isActive, statusLabel, toImportRow, type ImportRow } from './model.ts';

const row = (status: string, created = 0, updated = 60_000): ImportRow => ({
  account: '123456789012',
  region: 'us-east-1',
  id: 'x',
  status,
  destinations: [],
  created,
  updated,
});

const SOURCE = { account: '210987654321', region: 'eu-west-1' };

describe('import model', () => {
  it('turns an SDK list item into a row of its source with epoch milliseconds', () => {
    const created = new Date('2026-11-28T10:00:00Z');
    const updated = new Date('2026-11-28T10:05:00Z');
    expect(
      toImportRow({ ImportId: 'abc', ImportStatus: 'FAILED', Destinations: ['arn:1'], CreatedTimestamp: created, UpdatedTimestamp: updated }, SOURCE),
    ).toEqual({ ...SOURCE, id: 'abc', status: 'FAILED', destinations: ['arn:1'], created: created.getTime(), updated: updated.getTime() });
  });

  it('keeps a status value the API adds later instead of dropping it', () => {
    expect(toImportRow({ ImportId: 'a', ImportStatus: 'PAUSED_BY_OPERATOR' }, SOURCE).status).toBe('PAUSED_BY_OPERATOR');
    expect(statusLabel('PAUSED_BY_OPERATOR')).toBe('Paused by operator');
    expect(toImportRow({ ImportId: 'a' }, SOURCE).status).toBe('UNKNOWN');
  });

  it('treats INITIALIZING and IN_PROGRESS as active', () => {
    expect(['INITIALIZING', 'IN_PROGRESS', 'FAILED', 'STOPPED', 'COMPLETED', 'NEW'].map((s) => isActive(row(s)))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('measures an active import up to now and a finished one up to its last update', () => {
    expect(durationMs(row('IN_PROGRESS', 0, 60_000), 300_000)).toBe(300_000);
    expect(durationMs(row('COMPLETED', 0, 60_000), 300_000)).toBe(60_000);
    expect(durationMs(row('COMPLETED', 90_000, 60_000), 300_000)).toBe(0);
  });

  it('counts every known status, in lifecycle order, then unknown ones by name', () => {
    const counts = countByStatus([row('FAILED'), row('FAILED'), row('ZEBRA'), row('COMPLETED'), row('ALPHA')]);
    expect(counts).toEqual([
      { status: 'INITIALIZING', count: 0 },
      { status: 'IN_PROGRESS', count: 0 },
      { status: 'FAILED', count: 2 },
      { status: 'STOPPED', count: 0 },
      { status: 'COMPLETED', count: 1 },
      { status: 'ALPHA', count: 1 },
      { status: 'ZEBRA', count: 1 },
    ]);
  });
});
