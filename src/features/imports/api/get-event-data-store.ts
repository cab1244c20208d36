import { GetEventDataStoreCommand } from '@aws-sdk/client-cloudtrail';
import { cloudTrail } from '../../../lib/cloudtrail-client.ts';
import type { EventDataStoreName } from './list-event-data-stores.ts';

/** For an ARN that ListEventDataStores did not return, e.g. one pasted into the filter. */
export async function getEventDataStore(arn: string): Promise<EventDataStoreName> {
  const output = await cloudTrail.send(new GetEventDataStoreCommand({ EventDataStore: arn }));
  return { arn: output.EventDataStoreArn ?? arn, name: output.Name ?? '' };
}
