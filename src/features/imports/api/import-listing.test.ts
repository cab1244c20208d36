import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { awsError, FAKE_SOURCE, makeImport } from '../../../test/fake-cloudtrail.ts';
import { useFakeCloudTrail } from '../../../test/install-fake.ts';
import { NO_FILTERS } from '../filters.ts';
import { loadImportListing, type ImportListing } from './import-listing.ts';

const getFake = useFakeCloudTrail((fake) => {
  fake.imports = Array.from({ length: 9_000 }, (_, i) => makeImport(i));
});

function listingWithPublishes() {
  const client = new QueryClient();
  const queryKey = ['imports', 'list', NO_FILTERS];
  const published: number[] = [];
  vi.spyOn(client, 'setQueryData').mockImplementation((_key, data) => {
    published.push((data as ImportListing).rows.length);
    return undefined;
  });
  const load = () => loadImportListing(FAKE_SOURCE, NO_FILTERS, { client, queryKey, signal: new AbortController().signal });
  return { load, published };
}

describe('loading the whole listing', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the first page at once, then what has loaded at most once a second', async () => {
    // Each page takes CloudTrail 400 ms of the page's clock.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    getFake().faults.push(() => {
      clock += 400;
      return undefined;
    });
    const { load, published } = listingWithPublishes();
    const listing = await load();
    expect(published).toEqual([1_000, 4_000, 7_000]);
    expect(listing).toMatchObject({ complete: true });
    expect(listing.rows).toHaveLength(9_000);
  });

  it('shows nothing more until the end when the whole listing takes under a second', async () => {
    vi.spyOn(performance, 'now').mockReturnValue(0);
    const { load, published } = listingWithPublishes();
    expect((await load()).rows).toHaveLength(9_000);
    expect(published).toEqual([1_000]);
  });

  it('keeps on screen every import loaded before a page fails', async () => {
    vi.spyOn(performance, 'now').mockReturnValue(0);
    getFake().faults.push((request) =>
      request.body.NextToken !== undefined && getFake().count('ListImports') > 3
        ? awsError(500, 'InternalFailure', 'Internal error')
        : undefined,
    );
    const { load, published } = listingWithPublishes();
    await expect(load()).rejects.toMatchObject({ name: 'InternalFailure' });
    expect(published.at(-1)).toBe(3_000);
  });

  it('shows nothing when the first page fails, so the page reports a failed first load', async () => {
    getFake().faults.push(() => awsError(400, 'InvalidParameterException', 'Bad request'));
    const { load, published } = listingWithPublishes();
    await expect(load()).rejects.toMatchObject({ name: 'InvalidParameterException' });
    expect(published).toEqual([]);
  });
});
