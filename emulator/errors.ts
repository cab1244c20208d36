export type ErrorName =
  | 'AccountHasOngoingImportException'
  | 'EventDataStoreARNInvalidException'
  | 'EventDataStoreNotFoundException'
  | 'ImportNotFoundException'
  | 'InternalFailure'
  | 'InvalidImportSourceException'
  | 'InvalidMaxResultsException'
  | 'InvalidNextTokenException'
  | 'InvalidParameterException'
  | 'RequestEntityTooLargeException'
  | 'SerializationException'
  | 'ServiceUnavailable'
  | 'ThrottlingException'
  | 'UnknownOperationException';

// httpError traits of the CloudTrail model; everything else it lists is a 400
const STATUS: Partial<Record<ErrorName, number>> = {
  EventDataStoreNotFoundException: 404,
  ImportNotFoundException: 404,
  InternalFailure: 500,
  RequestEntityTooLargeException: 413,
  ServiceUnavailable: 503,
  ThrottlingException: 429,
};

export class AwsError extends Error {
  readonly type: ErrorName;
  readonly status: number;

  constructor(type: ErrorName, message: string, status = STATUS[type] ?? 400) {
    super(message);
    this.type = type;
    this.status = status;
  }
}
