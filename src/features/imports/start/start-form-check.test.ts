import { describe, expect, it } from 'vitest';
import { checkStartForm, EMPTY_START_FORM, type StartFormValues } from './start-form-check.ts';

const STORE = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/840d3b8d-5fab-4687-b35c-60f7ab5d7310';
const VALID: StartFormValues = {
  destination: STORE,
  s3LocationUri: 's3://acme-cloudtrail-logs/AWSLogs/',
  bucketRegion: 'us-east-1',
  accessRoleArn: 'arn:aws:iam::123456789012:role/CloudTrailLakeImportRole',
  startEventTime: '',
  endEventTime: '',
};

function errorsOf(values: Partial<StartFormValues>) {
  const check = checkStartForm({ ...VALID, ...values }, [STORE]);
  return check.ok ? {} : check.errors;
}

describe('start form check', () => {
  it('passes a complete form, trimmed, without a time range', () => {
    expect(checkStartForm({ ...VALID, s3LocationUri: `  ${VALID.s3LocationUri} ` }, [STORE])).toEqual({
      ok: true,
      input: { ...VALID, eventTimeRange: null, startEventTime: undefined, endEventTime: undefined },
    });
  });

  it('asks for every required field of an empty form', () => {
    const check = checkStartForm(EMPTY_START_FORM, [STORE]);
    expect(check.ok).toBe(false);
    expect(Object.keys(check.ok ? {} : check.errors).sort()).toEqual(['accessRoleArn', 'bucketRegion', 'destination', 's3LocationUri']);
  });

  it('refuses a destination that is not one of the account’s event data stores', () => {
    expect(errorsOf({ destination: `${STORE}0` }).destination).toMatch(/this account’s event data stores/);
  });

  it('refuses sources CloudTrail would reject', () => {
    expect(errorsOf({ s3LocationUri: 'https://bucket/x' }).s3LocationUri).toBe('The S3 location starts with s3://.');
    for (const uri of ['s3://', 's3://ab', 's3://Upper-Case/x', 's3://-dash/x', 's3://bucket_/x']) {
      expect(errorsOf({ s3LocationUri: uri }).s3LocationUri, uri).toMatch(/bucket name/);
    }
    expect(errorsOf({ s3LocationUri: 's3://my.bucket-1' })).toEqual({});
    expect(errorsOf({ bucketRegion: 'US East' }).bucketRegion).toMatch(/us-east-1/);
    expect(errorsOf({ bucketRegion: 'us-gov-west-1' })).toEqual({});
    expect(errorsOf({ accessRoleArn: 'arn:aws:iam::123456789012:user/me' }).accessRoleArn).toMatch(/IAM role ARN/);
    expect(errorsOf({ accessRoleArn: 'arn:aws:iam::12345:role/x' }).accessRoleArn).toMatch(/IAM role ARN/);
  });

  it('takes the event time range as a UTC pair whose start is not after its end', () => {
    expect(errorsOf({ startEventTime: '2026-10-01T00:00' }).endEventTime).toMatch(/end too/);
    expect(errorsOf({ endEventTime: '2026-10-01T00:00' }).startEventTime).toMatch(/start too/);
    expect(errorsOf({ startEventTime: '2026-10-02T00:00', endEventTime: '2026-10-01T00:00' }).endEventTime).toMatch(/before its start/);
    expect(errorsOf({ startEventTime: 'yesterday', endEventTime: '2026-10-01T00:00' }).startEventTime).toBe('Enter a date and time.');
    const check = checkStartForm({ ...VALID, startEventTime: '2026-10-01T00:00', endEventTime: '2026-10-01T00:00' }, [STORE]);
    expect(check.ok && check.input.eventTimeRange).toEqual({ start: Date.UTC(2026, 9, 1), end: Date.UTC(2026, 9, 1) });
  });
});
