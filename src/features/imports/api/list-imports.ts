import { ListImportsCommand } from '@aws-sdk/client-cloudtrail';
import { cloudTrailFor } from '../../../lib/cloudtrail-client.ts';
import type { SourceRef } from '../../../lib/source.ts';
import type { ListFilters } from '../filters.ts';
import { toImportRow, type ImportRow } from '../model.ts';

// ListImports accepts MaxResults 1-1000; the largest page means the fewest requests.
export const LIST_PAGE_SIZE = 1000;

export interface ImportPage {
  rows: ImportRow[];
  nextToken?: string;
}

export async function listImports(source: SourceRef, filters: ListFilters, nextToken?: string): Promise<ImportPage> {
  const output = await cloudTrailFor(source).send(
    new ListImportsCommand({
      MaxResults: LIST_PAGE_SIZE,
      ImportStatus: filters.status ?? undefined,
      Destination: filters.destination ?? undefined,
      NextToken: nextToken,
    }),
  );
  return { rows: (output.Imports ?? []).map((item) => toImportRow(item, source)), nextToken: output.NextToken || undefined };
}

export type ListingEvent = { type: 'page'; rows: ImportRow[] } | { type: 'restart' };

/**
 * Every page for the filters, one event per page. CloudTrail ties a NextToken to the parameters it
 * was issued with and may reject it later (InvalidNextTokenException); the listing then starts over
 * once by itself, and a second rejection is thrown.
 */
export async function* listAllImports(
  source: SourceRef,
  filters: ListFilters,
  signal?: AbortSignal,
): AsyncGenerator<ListingEvent> {
  let restarted = false;
  let token: string | undefined;
  for (;;) {
    let page: ImportPage;
    try {
      page = await listImports(source, filters, token);
    } catch (error) {
      if (token === undefined || restarted || !isInvalidNextToken(error)) throw error;
      restarted = true;
      token = undefined;
      yield { type: 'restart' };
      continue;
    }
    if (signal?.aborted) return;
    yield { type: 'page', rows: page.rows };
    // A repeated token would loop forever; the SDK paginator's stopOnSameToken guards the same way.
    if (page.nextToken === undefined || page.nextToken === token) return;
    token = page.nextToken;
  }
}

function isInvalidNextToken(error: unknown): boolean {
  return error instanceof Error && error.name === 'InvalidNextTokenException';
}
