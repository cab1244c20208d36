import { GetEventDataStoreCommand } from '@aws-sdk/client-cloudtrail';
import { cloudTrail } from '../../../lib/cloudtrail-client.ts';
import type { EventDataStoreName } from './list-event-data-stores.ts';

/** For an import's destination ARN that ListEventDataStores did not return. */
export async function getEventDataStore(arn: string): Promise<EventDataStoreName> {
  const output = await cloudTrail.send(new GetEventDataStoreCommand({ EventDataStore: arn }));
  return { arn: output.EventDataStoreArn ?? arn, name: output.Name ?? '' };
}
