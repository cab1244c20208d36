import { describe, expect, it } from 'vitest';
import type { Source } from '../../lib/source.ts';
import { describeWhere, groupProblems } from './source-problems.ts';

const source = (accountName: string, account: string, region: string): Source => ({ accountName, account, region });
const error = (name: string) => Object.assign(new Error('x'), { name });

const MANAGEMENT = '123456789012';
const SANDBOX = '589104736221';

describe('source problems', () => {
  it('groups failures by error name, keeping every source', () => {
    const groups = groupProblems([
      { source: source('management', MANAGEMENT, 'ca-west-1'), error: error('UnsupportedOperationException'), what: '' },
      { source: source('sandbox', SANDBOX, 'us-east-1'), error: error('AccessDeniedException'), what: '' },
      { source: source('prod', '345678901234', 'ca-west-1'), error: error('UnsupportedOperationException'), what: '' },
    ]);
    expect(groups.map((g) => [g.errorName, g.sources.length])).toEqual([
      ['UnsupportedOperationException', 2],
      ['AccessDeniedException', 1],
    ]);
  });

  it('says where by what the sources share', () => {
    expect(describeWhere([source('sandbox', SANDBOX, 'us-east-1')])).toBe(`sandbox (${SANDBOX}) in us-east-1`);
    expect(describeWhere([source('a', '111111111111', 'ca-west-1'), source('', '222222222222', 'ca-west-1')])).toBe(
      'ca-west-1 in a (111111111111) and 222222222222',
    );
    expect(describeWhere(['us-east-1', 'eu-west-1', 'ca-west-1'].map((r) => source('sandbox', SANDBOX, r)))).toBe(
      `sandbox (${SANDBOX}) in us-east-1, eu-west-1 and ca-west-1`,
    );
    const five = ['1', '2', '3', '4', '5'].map((d) => source(`team-${d}`, d.repeat(12), 'ca-west-1'));
    expect(describeWhere(five)).toBe('ca-west-1 in team-1 (111111111111), team-2 (222222222222), team-3 (333333333333) and 2 more');
    expect(describeWhere([source('a', '111111111111', 'us-east-1'), source('b', '222222222222', 'eu-west-1')])).toBe(
      'a (111111111111) in us-east-1 and b (222222222222) in eu-west-1',
    );
  });
});
