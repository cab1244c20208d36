import type { Failure } from './failures.ts';
import { progress, statistics } from './lifecycle.ts';
import type { EventDataStore, ImportRecord } from './model.ts';

// awsJson1_1 timestamps are epoch seconds as JSON numbers; milliseconds are precision enough
const seconds = (ms: number): number => Math.round(ms) / 1000;
const optionalSeconds = (ms: number | undefined) => (ms === undefined ? undefined : seconds(ms));

export function importListItem(record: ImportRecord, now: number) {
  const seen = progress(record, now);
  return {
    ImportId: record.id,
    ImportStatus: seen.status,
    Destinations: [record.destination],
    CreatedTimestamp: seconds(record.createdMs),
    UpdatedTimestamp: seconds(seen.updatedMs),
  };
}

// GetImport and StopImport; StartImport sends the same without ImportStatistics
export function importDetail(record: ImportRecord, now: number, withStatistics = true) {
  const seen = progress(record, now);
  return {
    ImportId: record.id,
    Destinations: [record.destination],
    ImportSource: { S3: record.source },
    StartEventTime: optionalSeconds(record.startEventMs),
    EndEventTime: optionalSeconds(record.endEventMs),
    ImportStatus: seen.status,
    CreatedTimestamp: seconds(record.createdMs),
    UpdatedTimestamp: seconds(seen.updatedMs),
    ImportStatistics: withStatistics ? statistics(record, seen) : undefined,
  };
}

export function failureItem(failure: Failure) {
  return {
    Location: failure.location,
    Status: failure.status,
    ErrorType: failure.errorType,
    ErrorMessage: failure.message,
    LastUpdatedTime: seconds(failure.lastUpdatedMs),
  };
}

export function dataStoreDetail(store: EventDataStore) {
  return {
    EventDataStoreArn: store.arn,
    Name: store.name,
    Status: store.status,
    AdvancedEventSelectors: selectors(store.category),
    MultiRegionEnabled: store.multiRegion,
    OrganizationEnabled: store.organization,
    RetentionPeriod: store.retentionDays,
    TerminationProtectionEnabled: true,
    CreatedTimestamp: seconds(store.createdMs),
    UpdatedTimestamp: seconds(store.updatedMs),
    KmsKeyId: store.kmsKeyId,
    BillingMode: store.billingMode,
    FederationStatus: 'DISABLED',
  };
}

function selectors(category: EventDataStore['category']) {
  if (category === 'Management') {
    return [{ Name: 'Management events', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }];
  }
  return [
    {
      Name: 'S3 data events',
      FieldSelectors: [
        { Field: 'eventCategory', Equals: ['Data'] },
        { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
      ],
    },
  ];
}
