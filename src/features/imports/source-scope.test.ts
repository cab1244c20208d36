import { describe, expect, it } from 'vitest';
import type { Source } from '../../lib/source.ts';
import { NO_FILTERS } from './filters.ts';
import { accountsOf, regionsOf, sourcesToAsk } from './source-scope.ts';

const SOURCES: Source[] = [
  { account: '123456789012', accountName: 'management', region: 'us-east-1' },
  { account: '123456789012', accountName: 'management', region: 'eu-west-1' },
  { account: '210987654321', accountName: 'prod', region: 'us-east-1' },
  { account: '210987654321', accountName: 'prod', region: 'eu-west-1' },
];

const names = (sources: Source[]) => sources.map((s) => `${s.accountName}:${s.region}`);

describe('which sources to ask', () => {
  it('asks every source when nothing narrows them', () => {
    expect(sourcesToAsk(SOURCES, NO_FILTERS)).toEqual(SOURCES);
  });

  it('asks only the chosen account, region, or both', () => {
    expect(names(sourcesToAsk(SOURCES, { ...NO_FILTERS, account: '210987654321' }))).toEqual(['prod:us-east-1', 'prod:eu-west-1']);
    expect(names(sourcesToAsk(SOURCES, { ...NO_FILTERS, region: 'eu-west-1' }))).toEqual(['management:eu-west-1', 'prod:eu-west-1']);
    expect(names(sourcesToAsk(SOURCES, { ...NO_FILTERS, account: '210987654321', region: 'eu-west-1' }))).toEqual(['prod:eu-west-1']);
  });

  it('asks only the source that owns the destination event data store', () => {
    const destination = 'arn:aws:cloudtrail:eu-west-1:210987654321:eventdatastore/aaaaaaaa-1111-4111-8111-111111111111';
    expect(names(sourcesToAsk(SOURCES, { ...NO_FILTERS, destination }))).toEqual(['prod:eu-west-1']);
  });

  it('asks every source for a destination that is not an ARN it can read', () => {
    expect(sourcesToAsk(SOURCES, { ...NO_FILTERS, destination: 'aaaaaaaa-1111-4111-8111-111111111111' })).toHaveLength(4);
  });

  it('lists each account and region once, in the order given', () => {
    expect(accountsOf(SOURCES)).toEqual([
      { account: '123456789012', accountName: 'management' },
      { account: '210987654321', accountName: 'prod' },
    ]);
    expect(regionsOf(SOURCES)).toEqual(['us-east-1', 'eu-west-1']);
  });
});
