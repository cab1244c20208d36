import { describe, expect, it } from 'vitest';
import type { ImportRow } from './model.ts';
import { searchImports } from './search.ts';

const rows: ImportRow[] = [
  { account: '123456789012', region: 'us-east-1', id: '11111111-aaaa', status: 'COMPLETED', destinations: ['arn:store/one'], created: 0, updated: 0 },
  { account: '123456789012', region: 'us-east-1', id: '22222222-bbbb', status: 'FAILED', destinations: ['arn:store/two'], created: 0, updated: 0 },
];
const names = new Map([
  ['arn:store/one', 'Security-Lake'],
  ['arn:store/two', 'audit-archive'],
]);

describe('search', () => {
  it('returns the same array when there is nothing to search for', () => {
    expect(searchImports(rows, '   ', names)).toBe(rows);
  });

  it('matches part of an ID, an ARN or a data store name, ignoring case', () => {
    expect(searchImports(rows, 'AAAA', names).map((r) => r.id)).toEqual(['11111111-aaaa']);
    expect(searchImports(rows, 'store/two', names).map((r) => r.id)).toEqual(['22222222-bbbb']);
    expect(searchImports(rows, 'security-lake', names).map((r) => r.id)).toEqual(['11111111-aaaa']);
  });

  it('matches the account ID, the account name and the region', () => {
    const across = [...rows, { ...rows[0], id: '33333333-cccc', account: '210987654321', region: 'eu-west-1' }];
    const accounts = new Map([['210987654321', 'prod-payments']]);
    expect(searchImports(across, '210987', names, accounts).map((r) => r.id)).toEqual(['33333333-cccc']);
    expect(searchImports(across, 'payments', names, accounts).map((r) => r.id)).toEqual(['33333333-cccc']);
    expect(searchImports(across, 'eu-west', names, accounts).map((r) => r.id)).toEqual(['33333333-cccc']);
  });

  it('needs every word to match', () => {
    expect(searchImports(rows, 'audit 2222', names)).toHaveLength(1);
    expect(searchImports(rows, 'audit 1111', names)).toHaveLength(0);
  });

  it('finds a data store name that became known after an earlier search', () => {
    expect(searchImports(rows, 'vault', names)).toHaveLength(0);
    const later = new Map([...names, ['arn:store/one', 'cold-vault']]);
    expect(searchImports(rows, 'vault', later).map((r) => r.id)).toEqual(['11111111-aaaa']);
  });

  it('does not search the status, which has its own filter', () => {
    expect(searchImports(rows, 'failed', names)).toHaveLength(0);
  });
});
