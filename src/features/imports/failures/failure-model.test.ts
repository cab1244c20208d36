import { describe, expect, it } from 'vitest';
import { groupFailures, summarizeGroups, type ImportFailure } from './failure-model.ts';

const failure = (errorType: string, status = 'FAILED'): ImportFailure => ({
  location: `s3://bucket/${errorType}`,
  status,
  errorType,
  message: 'm',
  lastUpdated: 0,
});

describe('failures by error type', () => {
  it('puts the largest group first, with counts per status inside it', () => {
    const failures = [
      ...Array.from({ length: 412 }, () => failure('AccessDenied')),
      failure('NotGzipped'),
      failure('NotGzipped', 'SUCCEEDED'),
      failure('NotGzipped'),
    ];
    const groups = groupFailures(failures);
    expect(groups).toEqual([
      { errorType: 'AccessDenied', count: 412, statuses: [{ status: 'FAILED', count: 412 }] },
      {
        errorType: 'NotGzipped',
        count: 3,
        statuses: [
          { status: 'FAILED', count: 2 },
          { status: 'SUCCEEDED', count: 1 },
        ],
      },
    ]);
    expect(summarizeGroups(groups)).toBe('412 AccessDenied, 3 NotGzipped');
  });

  it('orders equal groups by name and keeps failures without a type', () => {
    const groups = groupFailures([failure('b'), failure('a'), failure('')]);
    expect(groups.map((g) => g.errorType)).toEqual(['(no error type)', 'a', 'b']);
    expect(groupFailures([])).toEqual([]);
  });
});
