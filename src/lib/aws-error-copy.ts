// The server re-reads the credential chain after these, so signing in again is enough.
const SIGN_IN_AGAIN = 'Sign in again (for an SSO profile: aws sso login), then press Refresh; the server needs no restart.';

/** Plain words for the AWS error names the dashboard can meet. The one place for this copy. */
const COPY: Record<string, string> = {
  AccessDeniedException: 'Not allowed: the server is read-only, or the AWS credentials behind it lack this permission.',
  AccountHasOngoingImportException: 'Another import is already running in this account; only one can run at a time.',
  EventDataStoreARNInvalidException: 'CloudTrail says the event data store ARN is not valid.',
  EventDataStoreNotFoundException: 'That event data store does not exist in this account and region.',
  CredentialsProviderError: `The server found no AWS credentials to sign with. ${SIGN_IN_AGAIN}`,
  ExpiredTokenException: `The AWS credentials behind this dashboard have expired. ${SIGN_IN_AGAIN}`,
  ImportNotFoundException: 'CloudTrail has no import with that ID.',
  InactiveEventDataStoreException: 'The event data store is not active.',
  InternalFailure: 'CloudTrail had an internal error.',
  InternalServerError: 'CloudTrail had an internal error.',
  InvalidMaxResultsException: 'CloudTrail rejected the page size the dashboard asked for.',
  InvalidNextTokenException: 'CloudTrail rejected the token for the next page of the list, even after starting the list again.',
  InvalidParameterException: 'CloudTrail rejected a value in the request.',
  InvalidSignatureException: `CloudTrail rejected the request signature. ${SIGN_IN_AGAIN}`,
  NoManagementAccountSLRExistsException: 'The organization’s management account lacks the CloudTrail service-linked role.',
  OperationNotPermittedException: 'CloudTrail does not permit this operation for this account.',
  ServiceUnavailable: 'CloudTrail is temporarily unavailable.',
  ServiceUnavailableException: 'CloudTrail is temporarily unavailable.',
  ThrottlingException: 'CloudTrail is rate-limiting requests from this account.',
  RequestEntityTooLargeException: 'The request was larger than the server accepts.',
  UnrecognizedClientException: `CloudTrail does not recognise the AWS credentials behind this dashboard. ${SIGN_IN_AGAIN}`,
  UnsupportedOperationException: 'CloudTrail Lake imports are not available in this region.',
};

// Names the SDK's retry strategy treats as throttling.
const THROTTLING = new Set(['ThrottlingException', 'Throttling', 'TooManyRequestsException', 'RequestLimitExceeded']);

export type ErrorKind = 'throttled' | 'unreachable' | 'invalid-token' | 'aws' | 'unexpected';

export interface ErrorReport {
  kind: ErrorKind;
  /** One sentence a person can act on. */
  summary: string;
  /** The AWS error name verbatim, or what the browser reported. */
  name: string;
  message: string;
  requestId?: string;
  httpStatus?: number;
}

export function isThrottlingError(error: unknown): boolean {
  return error instanceof Error && (THROTTLING.has(error.name) || metadataOf(error).httpStatus === 429);
}

export function describeError(error: unknown, endpoint: string): ErrorReport {
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  const { requestId, httpStatus } = metadataOf(error);
  const base = { name, message, requestId, httpStatus };
  if (isThrottlingError(error)) {
    return { ...base, kind: 'throttled', summary: COPY.ThrottlingException };
  }
  if (name === 'InvalidNextTokenException') return { ...base, kind: 'invalid-token', summary: COPY[name] };
  if (isNetworkFailure(error, httpStatus)) {
    return { ...base, kind: 'unreachable', summary: `Can’t reach the CloudTrail endpoint at ${endpoint}.` };
  }
  const copy = Object.hasOwn(COPY, name) ? COPY[name] : undefined;
  if (copy) return { ...base, kind: 'aws', summary: copy };
  if (httpStatus !== undefined) {
    const summary = httpStatus >= 500
      ? `The CloudTrail endpoint at ${endpoint} failed (HTTP ${httpStatus}).`
      : `CloudTrail refused the request (HTTP ${httpStatus}).`;
    return { ...base, kind: 'aws', summary };
  }
  return { ...base, kind: 'unexpected', summary: 'Something unexpected went wrong while talking to CloudTrail.' };
}

function isNetworkFailure(error: unknown, httpStatus: number | undefined): boolean {
  // What fetch throws when no response arrives: "Failed to fetch", "NetworkError…", "Load failed".
  return httpStatus === undefined && error instanceof TypeError && /fetch|network|load failed/i.test(error.message);
}

function metadataOf(error: unknown): { requestId?: string; httpStatus?: number } {
  if (typeof error !== 'object' || error === null) return {};
  const metadata = '$metadata' in error ? error.$metadata : undefined;
  const response = '$response' in error ? error.$response : undefined;
  const requestId = readString(metadata, 'requestId');
  const httpStatus = readNumber(metadata, 'httpStatusCode') ?? readNumber(response, 'statusCode');
  return { requestId, httpStatus };
}

function readString(source: unknown, key: string): string | undefined {
  const value = typeof source === 'object' && source !== null ? Reflect.get(source, key) : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function readNumber(source: unknown, key: string): number | undefined {
  const value = typeof source === 'object' && source !== null ? Reflect.get(source, key) : undefined;
  return typeof value === 'number' ? value : undefined;
}
