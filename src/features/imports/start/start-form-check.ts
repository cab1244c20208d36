import { checkDestinationArn } from '../filters.ts';

/** The start form as typed; times are `datetime-local` values read as UTC. */
export interface StartFormValues {
  destination: string;
  s3LocationUri: string;
  bucketRegion: string;
  accessRoleArn: string;
  startEventTime: string;
  endEventTime: string;
}

export type StartField = keyof StartFormValues;

/** What goes into StartImport for a new import. */
export interface NewImportInput {
  destination: string;
  s3LocationUri: string;
  bucketRegion: string;
  accessRoleArn: string;
  /** Epoch ms; both or neither. */
  eventTimeRange: { start: number; end: number } | null;
}

export type StartFormCheck =
  | { ok: true; input: NewImportInput }
  | { ok: false; errors: Partial<Record<StartField, string>> };

export const EMPTY_START_FORM: StartFormValues = {
  destination: '',
  s3LocationUri: '',
  bucketRegion: '',
  accessRoleArn: '',
  startEventTime: '',
  endEventTime: '',
};

// Bucket names: 3-63 lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit.
const S3_URI = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(\/.*)?$/;
const REGION = /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/**
 * Checks what CloudTrail would refuse before anything is sent: a destination among the account's
 * event data stores, an s3:// URI with a valid bucket name, a region, an IAM role ARN, and an event
 * time range given as a pair with its start not after its end.
 */
export function checkStartForm(values: StartFormValues, storeArns: readonly string[]): StartFormCheck {
  const errors: Partial<Record<StartField, string>> = {};
  const destination = values.destination.trim();
  const uri = values.s3LocationUri.trim();
  const region = values.bucketRegion.trim();
  const role = values.accessRoleArn.trim();

  if (!destination) errors.destination = 'Choose the event data store to import into.';
  else if (!checkDestinationArn(destination).ok || !storeArns.includes(destination)) {
    errors.destination = 'Choose one of this account’s event data stores.';
  }
  if (!uri) errors.s3LocationUri = 'Enter the S3 location of the trail logs, e.g. s3://my-bucket/AWSLogs/.';
  else if (!uri.startsWith('s3://')) errors.s3LocationUri = 'The S3 location starts with s3://.';
  else if (!S3_URI.test(uri)) {
    errors.s3LocationUri = 'The bucket name is 3–63 lower-case letters, digits, dots or hyphens, starting and ending with a letter or digit.';
  }
  if (!region) errors.bucketRegion = 'Enter the bucket’s AWS Region, e.g. us-east-1.';
  else if (!REGION.test(region)) errors.bucketRegion = 'A Region looks like us-east-1 or eu-west-2.';
  if (!role) errors.accessRoleArn = 'Enter the ARN of the IAM role CloudTrail uses to read the bucket.';
  else if (!ROLE_ARN.test(role)) errors.accessRoleArn = 'An IAM role ARN looks like arn:aws:iam::123456789012:role/Name.';

  const range = checkTimeRange(values.startEventTime, values.endEventTime, errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { destination, s3LocationUri: uri, bucketRegion: region, accessRoleArn: role, eventTimeRange: range } };
}

function checkTimeRange(
  startText: string,
  endText: string,
  errors: Partial<Record<StartField, string>>,
): { start: number; end: number } | null {
  const start = parseUtc(startText);
  const end = parseUtc(endText);
  if (Number.isNaN(start)) errors.startEventTime = 'Enter a date and time.';
  if (Number.isNaN(end)) errors.endEventTime = 'Enter a date and time.';
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  // CloudTrail takes StartEventTime and EndEventTime together or not at all.
  if (start === null && end !== null) errors.startEventTime = 'Give a start too, or leave both empty.';
  if (end === null && start !== null) errors.endEventTime = 'Give an end too, or leave both empty.';
  if (start === null || end === null) return null;
  if (start > end) {
    errors.endEventTime = 'The end of the range is before its start.';
    return null;
  }
  return { start, end };
}

/** Null for an empty field, NaN for one that is not a date and time. */
function parseUtc(text: string): number | null {
  const value = text.trim();
  if (!value) return null;
  return LOCAL_TIME.test(value) ? Date.parse(`${value}Z`) : Number.NaN;
}
