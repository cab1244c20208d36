import { ListEventDataStoresCommand } from '@aws-sdk/client-cloudtrail';
import { cloudTrailFor } from '../../../lib/cloudtrail-client.ts';
import type { SourceRef } from '../../../lib/source.ts';

export interface EventDataStoreName {
  arn: string;
  name: string;
}

/** All event data stores of the account and region (at most 10 by quota, but paged anyway). */
export async function listEventDataStores(source: SourceRef): Promise<EventDataStoreName[]> {
  const stores: EventDataStoreName[] = [];
  let token: string | undefined;
  do {
    const output = await cloudTrailFor(source).send(new ListEventDataStoresCommand({ MaxResults: 1000, NextToken: token }));
    for (const store of output.EventDataStores ?? []) {
      if (store.EventDataStoreArn) stores.push({ arn: store.EventDataStoreArn, name: store.Name ?? '' });
    }
    token = output.NextToken && output.NextToken !== token ? output.NextToken : undefined;
  } while (token);
  return stores.sort((a, b) => a.name.localeCompare(b.name));
}
