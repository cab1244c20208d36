export type ErrorName =
  | 'AccessDeniedException'
  | 'AccountHasOngoingImportException'
  | 'EventDataStoreARNInvalidException'
  | 'EventDataStoreNotFoundException'
  | 'ExpiredTokenException'
  | 'ImportNotFoundException'
  | 'IncompleteSignatureException'
  | 'InternalFailure'
  | 'InvalidImportSourceException'
  | 'InvalidInputException'
  | 'InvalidMaxResultsException'
  | 'InvalidNextTokenException'
  | 'InvalidParameterException'
  | 'InvalidSignatureException'
  | 'RequestEntityTooLargeException'
  | 'SerializationException'
  | 'ServiceUnavailable'
  | 'ThrottlingException'
  | 'UnknownOperationException'
  | 'UnrecognizedClientException'
  | 'UnsupportedOperationException';

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
  // members beyond __type and Message, such as Organizations' Reason
  readonly fields: Readonly<Record<string, string>> | undefined;

  constructor(type: ErrorName, message: string, status = STATUS[type] ?? 400, fields?: Readonly<Record<string, string>>) {
    super(message);
    this.type = type;
    this.status = status;
    this.fields = fields;
  }
}
