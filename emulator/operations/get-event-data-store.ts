import type { Context } from '../context.ts';
import { AwsError } from '../errors.ts';
import { EVENT_DATA_STORE_ARN, isEventDataStoreArn } from '../members.ts';
import { parse, type Shape } from '../shape.ts';
import { dataStoreDetail } from '../wire.ts';

const shape = { EventDataStore: { ...EVENT_DATA_STORE_ARN, required: true } } as const satisfies Shape;

// takes the full ARN or the ID part of it (model docs)
export function getEventDataStore(body: Record<string, unknown>, { store }: Context) {
  const { EventDataStore } = parse(body, shape);
  const found = store.dataStores.find(
    (dataStore) => dataStore.arn === EventDataStore || dataStore.arn.endsWith(`/${EventDataStore}`),
  );
  if (found) return dataStoreDetail(found);
  if (EventDataStore.startsWith('arn:') && !isEventDataStoreArn(EventDataStore)) {
    throw new AwsError('EventDataStoreARNInvalidException', `The event data store ARN ${EventDataStore} is not valid.`);
  }
  throw new AwsError('EventDataStoreNotFoundException', `The event data store ${EventDataStore} was not found.`);
}
