import { GetEventDataStoreCommand } from '@aws-sdk/client-cloudtrail';
import { cloudTrailFor } from '../../../lib/cloudtrail-client.ts';
import type { SourceRef } from '../../../lib/source.ts';
import type { EventDataStoreName } from './list-event-data-stores.ts';

/** For an import's destination ARN that ListEventDataStores did not return. */
export async function getEventDataStore(source: SourceRef, arn: string): Promise<EventDataStoreName> {
  const output = await cloudTrailFor(source).send(new GetEventDataStoreCommand({ EventDataStore: arn }));
  return { arn: output.EventDataStoreArn ?? arn, name: output.Name ?? '' };
}
