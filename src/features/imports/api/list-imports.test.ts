import { describe, expect, it } from 'vitest';
import { awsError, FAKE_SOURCE, makeImport, STORE_A } from '../../../test/fake-cloudtrail.ts';
import { useFakeCloudTrail } from '../../../test/install-fake.ts';
import { NO_FILTERS } from '../filters.ts';
import { listAllImports, type ListingEvent } from './list-imports.ts';

const getFake = useFakeCloudTrail((fake) => {
  fake.imports = Array.from({ length: 2500 }, (_, i) => makeImport(i, { status: i % 5 === 0 ? 'FAILED' : 'COMPLETED' }));
});

async function collect(iterable: AsyncIterable<ListingEvent>): Promise<ListingEvent[]> {
  const events: ListingEvent[] = [];
  for await (const event of iterable) events.push(event);
  return events;
}

describe('listAllImports', () => {
  it('reads every page with the largest page size and passes the filters to CloudTrail', async () => {
    const fake = getFake();
    const events = await collect(listAllImports(FAKE_SOURCE, { status: 'FAILED', destination: STORE_A.arn }));
    const rows = events.flatMap((e) => (e.type === 'page' ? e.rows : []));
    expect(rows).toHaveLength(250);
    expect(rows.every((row) => row.status === 'FAILED' && row.destinations[0] === STORE_A.arn)).toBe(true);
    expect(fake.requests.map((r) => r.body.MaxResults)).toEqual([1000]);
    expect(fake.requests[0].body).toMatchObject({ ImportStatus: 'FAILED', Destination: STORE_A.arn });
  });

  it('yields one event per page as the pages arrive', async () => {
    const fake = getFake();
    const events = await collect(listAllImports(FAKE_SOURCE, NO_FILTERS));
    expect(events.map((e) => (e.type === 'page' ? e.rows.length : e.type))).toEqual([1000, 1000, 500]);
    expect(fake.requests[1].body.NextToken).toBeTypeOf('string');
  });

  it('starts over once when CloudTrail rejects a page token, then succeeds', async () => {
    const fake = getFake();
    let rejected = 0;
    fake.faults.push((request) => {
      if (request.body.NextToken === undefined || rejected > 0) return undefined;
      rejected += 1;
      return awsError(400, 'InvalidNextTokenException', 'Invalid token');
    });
    const events = await collect(listAllImports(FAKE_SOURCE, NO_FILTERS));
    expect(events.map((e) => e.type)).toEqual(['page', 'restart', 'page', 'page', 'page']);
    expect(fake.count('ListImports')).toBe(5);
  });

  it('gives up with InvalidNextTokenException when the restarted listing is rejected again', async () => {
    const fake = getFake();
    fake.faults.push((request) =>
      request.body.NextToken === undefined ? undefined : awsError(400, 'InvalidNextTokenException', 'Invalid token'),
    );
    await expect(collect(listAllImports(FAKE_SOURCE, NO_FILTERS))).rejects.toMatchObject({ name: 'InvalidNextTokenException' });
    expect(fake.count('ListImports')).toBe(4);
  });
});
