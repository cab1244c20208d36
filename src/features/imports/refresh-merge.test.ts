import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './filters.ts';
import type { ImportRow } from './model.ts';
import { applyWatch, EMPTY_WATCH, importsThatLeftActive, nextWatchState } from './refresh-merge.ts';

const A = 'arn:store/a';
const B = 'arn:store/b';
const row = (id: string, status: string, updated: number, destination = A): ImportRow => ({
  account: '123456789012',
  region: 'us-east-1',
  id,
  status,
  destinations: [destination],
  created: 0,
  updated,
});

describe('which imports need a re-read', () => {
  it('re-reads imports listed as active that are no longer active', () => {
    const listed = [row('run', 'IN_PROGRESS', 1), row('done', 'COMPLETED', 1)];
    expect(importsThatLeftActive(EMPTY_WATCH, listed, [])).toEqual(['run']);
    expect(importsThatLeftActive(EMPTY_WATCH, listed, [row('run', 'IN_PROGRESS', 2)])).toEqual([]);
  });

  it('remembers imports that were active on the last refresh even when the view does not list them', () => {
    const previous = { activeIds: ['hidden'], updates: [] };
    expect(importsThatLeftActive(previous, [], [])).toEqual(['hidden']);
  });
});

describe('folding a refresh into the watch state', () => {
  it('keeps new imports and newer states, drops what the listing already shows', () => {
    const listed = [row('run', 'IN_PROGRESS', 1), row('done', 'COMPLETED', 5)];
    const state = nextWatchState(
      EMPTY_WATCH,
      listed,
      [row('new', 'INITIALIZING', 9), row('run', 'IN_PROGRESS', 1)],
      [row('done', 'COMPLETED', 5)],
      NO_FILTERS,
    );
    expect(state).toEqual({ activeIds: ['new', 'run'], updates: [row('new', 'INITIALIZING', 9)] });
  });

  it('keeps a status change even when the timestamp did not move', () => {
    const state = nextWatchState(EMPTY_WATCH, [row('x', 'IN_PROGRESS', 5)], [], [row('x', 'STOPPED', 5)], NO_FILTERS);
    expect(state.updates).toEqual([row('x', 'STOPPED', 5)]);
  });

  it('forgets an unlisted import that does not match the filters once it is no longer active', () => {
    const filters = { status: 'FAILED' as const, destination: null };
    const first = nextWatchState(EMPTY_WATCH, [], [row('x', 'IN_PROGRESS', 1)], [], filters);
    expect(first.activeIds).toEqual(['x']);
    const second = nextWatchState(first, [], [], [row('x', 'COMPLETED', 2)], filters);
    expect(second).toEqual({ activeIds: [], updates: [] });
  });
});

describe('rows to show', () => {
  it('returns the listing itself when nothing changed, so nothing re-renders', () => {
    const listed = [row('a', 'COMPLETED', 1)];
    expect(applyWatch(listed, EMPTY_WATCH, NO_FILTERS)).toBe(listed);
  });

  it('changes a status in place and adds a new import', () => {
    const listed = [row('a', 'IN_PROGRESS', 1), row('b', 'FAILED', 1)];
    const watch = { activeIds: ['n'], updates: [row('a', 'COMPLETED', 2), row('n', 'INITIALIZING', 3)] };
    expect(applyWatch(listed, watch, NO_FILTERS)).toEqual([row('a', 'COMPLETED', 2), row('b', 'FAILED', 1), row('n', 'INITIALIZING', 3)]);
  });

  it('never lets an older refresh overwrite a newer listing', () => {
    const listed = [row('a', 'COMPLETED', 10)];
    expect(applyWatch(listed, { activeIds: [], updates: [row('a', 'IN_PROGRESS', 4)] }, NO_FILTERS)).toEqual(listed);
  });

  it('respects the filters: an import leaves the view when it stops matching and joins when it starts to', () => {
    const inProgress = { status: 'IN_PROGRESS' as const, destination: null };
    const watch = { activeIds: [], updates: [row('a', 'COMPLETED', 2), row('c', 'IN_PROGRESS', 2)] };
    expect(applyWatch([row('a', 'IN_PROGRESS', 1)], watch, inProgress)).toEqual([row('c', 'IN_PROGRESS', 2)]);

    const storeB = { status: null, destination: B };
    const elsewhere = { activeIds: ['d'], updates: [row('d', 'INITIALIZING', 2, A)] };
    expect(applyWatch([row('e', 'FAILED', 1, B)], elsewhere, storeB)).toEqual([row('e', 'FAILED', 1, B)]);
  });
});
