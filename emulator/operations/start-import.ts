import type { Context } from '../context.ts';
import { AwsError } from '../errors.ts';
import { firstRun, IMPORT_MS, statusAt } from '../lifecycle.ts';
import { EVENT_DATA_STORE_ARN, findImport, IMPORT_ID, isEventDataStoreArn } from '../members.ts';
import { isActive, type ImportRecord } from '../model.ts';
import { failureMarker, makePlan } from '../plan.ts';
import { uuid } from '../random.ts';
import { parse, type Input, type Shape } from '../shape.ts';
import type { Store } from '../store.ts';
import { importDetail } from '../wire.ts';

const sourceMember = (pattern: RegExp) =>
  ({ type: 'string', required: true, pattern, error: 'InvalidImportSourceException' }) as const;
const s3Source = {
  S3LocationUri: sourceMember(/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/),
  S3BucketRegion: sourceMember(/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/),
  S3BucketAccessRoleArn: sourceMember(/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/),
} as const satisfies Shape;
const destinations = { type: 'list', items: EVENT_DATA_STORE_ARN, length: [1, 1] } as const;
const importSource = {
  type: 'structure',
  members: { S3: { type: 'structure', required: true, members: s3Source } },
} as const;
const common = { StartEventTime: { type: 'timestamp' }, EndEventTime: { type: 'timestamp' } } as const;

// Nothing is required in the model: a new import needs Destinations and ImportSource, a retry its ImportId (docs).
const newImport = {
  ...common,
  Destinations: { ...destinations, required: true },
  ImportSource: { ...importSource, required: true },
} as const satisfies Shape;
const retry = {
  ...common,
  Destinations: destinations,
  ImportSource: importSource,
  ImportId: { ...IMPORT_ID, required: true },
} as const satisfies Shape;

export function startImport(body: Record<string, unknown>, context: Context) {
  const retrying = body.ImportId !== undefined && body.ImportId !== null;
  const record = retrying
    ? retryImport(parse(body, retry).ImportId, context)
    : createImport(parse(body, newImport), context);
  return importDetail(record, context.now, false);
}

function createImport(input: Input<typeof newImport>, { store, now }: Context): ImportRecord {
  const [destination = ''] = input.Destinations;
  const { StartEventTime, EndEventTime } = input;
  if ((StartEventTime === undefined) !== (EndEventTime === undefined)) {
    throw new AwsError('InvalidParameterException', 'StartEventTime and EndEventTime must be specified together.');
  }
  if (StartEventTime !== undefined && EndEventTime !== undefined && StartEventTime > EndEventTime) {
    throw new AwsError('InvalidParameterException', 'StartEventTime must be earlier than or equal to EndEventTime.');
  }
  checkDestination(store, destination);
  checkNothingActive(store, now);
  const { S3LocationUri, S3BucketRegion, S3BucketAccessRoleArn } = input.ImportSource.S3;
  const marker = failureMarker(S3LocationUri);
  const record: ImportRecord = {
    id: newId(store),
    destination,
    source: { S3LocationUri, S3BucketRegion, S3BucketAccessRoleArn },
    startEventMs: StartEventTime,
    endEventMs: EndEventTime,
    createdMs: now,
    plan: makePlan(store.random, { inProgressMs: IMPORT_MS, marker, retriesFail: marker !== undefined }),
    run: firstRun(now),
  };
  store.start(record, now);
  return record;
}

function retryImport(id: string, { store, now }: Context): ImportRecord {
  const record = findImport(store, id);
  const status = statusAt(record, now);
  if (status === 'COMPLETED' || isActive(status)) {
    const message = `Import ${id} is ${status}. Only a FAILED or STOPPED import can be retried.`;
    throw new AwsError('InvalidParameterException', message);
  }
  checkNothingActive(store, now);
  store.retry(record, now);
  return record;
}

function checkDestination(store: Store, arn: string): void {
  if (store.dataStores.some((dataStore) => dataStore.arn === arn)) return;
  if (isEventDataStoreArn(arn)) {
    throw new AwsError('EventDataStoreNotFoundException', `The event data store ${arn} was not found.`);
  }
  throw new AwsError('EventDataStoreARNInvalidException', `The event data store ARN ${arn} is not valid.`);
}

// one import at a time per account (StartImport docs)
function checkNothingActive(store: Store, now: number): void {
  const active = store.activeImport(now);
  if (active) {
    throw new AwsError('AccountHasOngoingImportException', `The account already has an ongoing import: ${active.id}.`);
  }
}

function newId(store: Store): string {
  let id = uuid(store.random);
  while (store.get(id)) id = uuid(store.random);
  return id;
}
