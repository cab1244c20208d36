import { describe, expect, it } from 'vitest';
import { stack, topKeys } from './stacking.ts';

describe('stacking', () => {
  it('puts each series on top of the ones before it', () => {
    expect(stack([[1, 0, 2], [3, 1, 0], [0, 4, 1]])).toEqual([[1, 0, 2], [4, 1, 2], [4, 5, 3]]);
  });

  it('stacks nothing to nothing', () => {
    expect(stack([])).toEqual([]);
  });

  it('keeps the largest groups, largest first, and says when an Other group is needed', () => {
    const totals = new Map([['b', 5], ['a', 5], ['c', 9], ['d', 1], ['e', 0]]);
    expect(topKeys(totals, 3)).toEqual({ keys: ['c', 'a', 'b'], rest: true });
    expect(topKeys(totals, 4)).toEqual({ keys: ['c', 'a', 'b', 'd'], rest: false });
  });
});
