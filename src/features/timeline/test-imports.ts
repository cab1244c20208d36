import type { TimelineImport } from './timeline-import.ts';

export const STORE_A = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/aaaa';
export const STORE_B = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/bbbb';

let next = 0;

/** An import for tests: one account and region, one destination, unless told otherwise. */
export function anImport(overrides: Partial<TimelineImport> & Pick<TimelineImport, 'created'>): TimelineImport {
  next++;
  return {
    id: `import-${next}`,
    account: '123456789012',
    region: 'us-east-1',
    status: 'COMPLETED',
    destinations: [STORE_A],
    updated: overrides.created + 3_600_000,
    ...overrides,
  };
}
