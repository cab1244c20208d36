import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ErrorDetails } from '../../../components/error-details.tsx';
import { FlashBanner } from '../../../components/flash-banner.tsx';
import { describeError } from '../../../lib/aws-error-copy.ts';
import { CLOUDTRAIL_ENDPOINT } from '../../../lib/cloudtrail-endpoint.ts';
import { sourceKey, sourceLabel, type Source } from '../../../lib/source.ts';
import { useSources } from '../../../lib/use-page-config.ts';
import { importQueries } from '../api/import-queries.ts';
import { startImport, type StartImportRequest } from '../api/start-import.ts';
import type { ImportRef } from '../model.ts';
import { checkStartForm, EMPTY_START_FORM, type StartField as Field, type StartFormValues } from './start-form-check.ts';
import { StartField } from './start-field.tsx';

const ORDER: Field[] = ['destination', 's3LocationUri', 'bucketRegion', 'accessRoleArn', 'startEventTime', 'endEventTime'];

/** The StartImport form: checked here first, then CloudTrail's own refusal is shown as it said it. */
export function StartImportForm({ onStarted, onCancel }: { onStarted: (ref: ImportRef) => void; onCancel: () => void }) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const client = useQueryClient();
  const sources = useSources();
  const [sourceChoice, setSourceChoice] = useState('');
  // With one source there is nothing to ask; with many, the user picks where the import runs.
  const source: Source | undefined = sources.length === 1 ? sources[0] : sources.find((s) => sourceKey(s) === sourceChoice);
  const stores = useQuery({ ...importQueries.dataStores(source ?? { account: '', region: '' }), enabled: source !== undefined });
  const [values, setValues] = useState<StartFormValues>(EMPTY_START_FORM);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [sourceError, setSourceError] = useState<string | undefined>();
  const start = useMutation({
    mutationFn: ({ where, request }: { where: Source; request: StartImportRequest }) => startImport(where, request),
    onSuccess: (detail) => {
      client.setQueryData(importQueries.detail(detail).queryKey, detail);
      void client.invalidateQueries({ queryKey: importQueries.watches() });
      onStarted(detail);
    },
  });

  const set = (field: Field) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (source === undefined) {
      setSourceError('Choose the account and region the import runs in.');
      formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(`${id}-source`)}`)?.focus();
      return;
    }
    setSourceError(undefined);
    const check = checkStartForm(values, (stores.data ?? []).map((store) => store.arn));
    if (!check.ok) {
      setErrors(check.errors);
      const first = ORDER.find((field) => check.errors[field]);
      formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(`${id}-${first}`)}`)?.focus();
      return;
    }
    setErrors({});
    start.mutate({ where: source, request: check.input });
  };
  const report = start.error ? describeError(start.error, CLOUDTRAIL_ENDPOINT) : null;
  const input = (field: Field, describedBy: string | undefined, extra: { type?: string; placeholder?: string } = {}) => (
    <input
      id={`${id}-${field}`}
      type={extra.type ?? 'text'}
      value={values[field]}
      onChange={set(field)}
      placeholder={extra.placeholder}
      spellCheck={false}
      autoComplete="off"
      aria-invalid={errors[field] ? true : undefined}
      aria-describedby={describedBy}
    />
  );

  return (
    <form ref={formRef} className="start-form" noValidate onSubmit={submit}>
      {report ? (
        <FlashBanner tone="error" title="CloudTrail refused to start the import">
          <p>{report.summary}</p>
          <ErrorDetails report={report} />
        </FlashBanner>
      ) : null}
      {stores.isError ? (
        <FlashBanner tone="warning" title="Couldn’t list the event data stores">
          <p>{describeError(stores.error, CLOUDTRAIL_ENDPOINT).summary}</p>
        </FlashBanner>
      ) : null}
      {sources.length > 1 ? (
        <StartField
          id={`${id}-source`}
          label="Account and region"
          hint="CloudTrail runs one import at a time in each account and region. Only the management account can import into an organization event data store."
          error={sourceError}
        >
          {(describedBy) => (
            <select
              id={`${id}-source`}
              value={sourceChoice}
              onChange={(event) => {
                setSourceChoice(event.target.value);
                setValues({ ...values, destination: '' });
              }}
              aria-invalid={sourceError ? true : undefined}
              aria-describedby={describedBy}
            >
              <option value="">Choose an account and region</option>
              {sources.map((option) => (
                <option key={sourceKey(option)} value={sourceKey(option)}>
                  {sourceLabel(option)}
                </option>
              ))}
            </select>
          )}
        </StartField>
      ) : null}
      <StartField id={`${id}-destination`} label="Destination event data store" error={errors.destination}>
        {(describedBy) => (
          <select
            id={`${id}-destination`}
            value={values.destination}
            onChange={set('destination')}
            aria-invalid={errors.destination ? true : undefined}
            aria-describedby={describedBy}
          >
            <option value="">
              {source === undefined
                ? 'Choose an account and region first'
                : stores.isPending
                  ? 'Loading event data stores…'
                  : 'Choose an event data store'}
            </option>
            {(stores.data ?? []).map((store) => (
              <option key={store.arn} value={store.arn}>
                {store.name || store.arn}
              </option>
            ))}
          </select>
        )}
      </StartField>
      <StartField id={`${id}-s3LocationUri`} label="S3 source URI" hint="Where the trail’s log files are, e.g. s3://my-trail-bucket/AWSLogs/." error={errors.s3LocationUri}>
        {(describedBy) => input('s3LocationUri', describedBy, { placeholder: 's3://bucket/prefix/' })}
      </StartField>
      <StartField id={`${id}-bucketRegion`} label="Bucket region" error={errors.bucketRegion}>
        {(describedBy) => input('bucketRegion', describedBy, { placeholder: 'us-east-1' })}
      </StartField>
      <StartField id={`${id}-accessRoleArn`} label="Access role ARN" hint="The IAM role CloudTrail assumes to read the bucket." error={errors.accessRoleArn}>
        {(describedBy) => input('accessRoleArn', describedBy, { placeholder: 'arn:aws:iam::123456789012:role/Name' })}
      </StartField>
      <fieldset className="start-form__range">
        <legend>Event time range (optional, UTC)</legend>
        <StartField id={`${id}-startEventTime`} label="Start of range" error={errors.startEventTime}>
          {(describedBy) => input('startEventTime', describedBy, { type: 'datetime-local' })}
        </StartField>
        <StartField id={`${id}-endEventTime`} label="End of range" error={errors.endEventTime}>
          {(describedBy) => input('endEventTime', describedBy, { type: 'datetime-local' })}
        </StartField>
      </fieldset>
      <div className="dialog__actions">
        <button type="button" className="button button--link" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={start.isPending} aria-busy={start.isPending || undefined}>
          Start import
        </button>
      </div>
    </form>
  );
}
