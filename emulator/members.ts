import { AwsError } from './errors.ts';
import type { ImportRecord } from './model.ts';
import type { IntegerRule, StringRule } from './shape.ts';
import type { Store } from './store.ts';

export const IMPORT_ID = { type: 'string', length: [36, 36], pattern: /^[a-f0-9\-]+$/ } as const satisfies StringRule;

export const EVENT_DATA_STORE_ARN = {
  type: 'string',
  length: [3, 256],
  pattern: /^[a-zA-Z0-9._/\-:]+$/,
  error: 'EventDataStoreARNInvalidException',
} as const satisfies StringRule;

export const MAX_RESULTS = { type: 'integer', range: [1, 1000] } as const satisfies IntegerRule;

// any token the emulator did not issue is "not valid" (InvalidNextTokenException docs)
export const NEXT_TOKEN = {
  type: 'string',
  length: [4, 1000],
  error: 'InvalidNextTokenException',
} as const satisfies StringRule;

export function findImport(store: Store, id: string): ImportRecord {
  const record = store.get(id);
  if (!record) throw new AwsError('ImportNotFoundException', `The import with ID ${id} was not found.`);
  return record;
}

export function isEventDataStoreArn(value: string): boolean {
  return /^arn:aws[a-z-]*:cloudtrail:[a-z0-9-]+:\d{12}:eventdatastore\/[A-Za-z0-9_-]+$/.test(value);
}
