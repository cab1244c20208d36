import { describe, expect, it } from 'vitest';
import { resolveDestination } from './destination.ts';

const A = { arn: 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/aaaa-1111', name: 'lake' };
const B = { arn: 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/bbbb-2222', name: 'archive' };

describe('destination resolution', () => {
  it('takes an exact ARN as it is', () => {
    expect(resolveDestination(A.arn, [A, B])).toBe(A.arn);
  });

  it('finds the store for an ARN in other letter case, or for its bare ID', () => {
    expect(resolveDestination(A.arn.toUpperCase(), [A, B])).toBe(A.arn);
    expect(resolveDestination('bbbb-2222', [A, B])).toBe(B.arn);
    expect(resolveDestination('BBBB-2222', [A, B])).toBe(B.arn);
  });

  it('gives null for a store the account does not have', () => {
    expect(resolveDestination(`${A.arn}/x`, [A, B])).toBeNull();
    expect(resolveDestination('arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/cccc', [A, B])).toBeNull();
    expect(resolveDestination(A.arn, [])).toBeNull();
  });
});
