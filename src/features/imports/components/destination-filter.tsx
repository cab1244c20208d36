import { useEffect, useId, useState } from 'react';
import { Icon } from '../../../components/icon.tsx';
import type { EventDataStoreName } from '../api/list-event-data-stores.ts';
import { resolveDestination } from '../destination.ts';
import { checkDestinationArn } from '../filters.ts';

interface DestinationFilterProps {
  value: string | null;
  /** The account's stores; null when they could not be listed, so nothing can be checked against them. */
  stores: readonly EventDataStoreName[] | null;
  names: ReadonlyMap<string, string>;
  onChange: (arn: string | null) => void;
}

/**
 * A text box with the account's event data stores as suggestions (shown by name, valued by ARN).
 * It also takes a pasted ARN or a store name; an ARN CloudTrail would reject is refused here, with
 * the reason, before any request goes out.
 */
export function DestinationFilter({ value, stores, names, onChange }: DestinationFilterProps) {
  const id = useId();
  const [text, setText] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);

  // Back/Forward or "Clear filters" change the value from outside.
  useEffect(() => {
    setText(value ?? '');
    setError(null);
  }, [value]);

  const commit = (raw: string) => {
    const input = raw.trim();
    if (input === '') {
      setError(null);
      if (value !== null) onChange(null);
      return;
    }
    const byName = stores?.find((store) => store.name === input);
    const check = checkDestinationArn(byName ? byName.arn : input);
    if (!check.ok) {
      setError(check.reason);
      return;
    }
    const arn = stores ? resolveDestination(check.value, stores) : check.value;
    if (arn === null) {
      setError('This account has no event data store with that name, ARN or ID in this region.');
      return;
    }
    setError(null);
    setText(arn);
    if (arn !== value) onChange(arn);
  };

  const chosenName = value ? names.get(value) : undefined;
  return (
    <div className="field field--destination">
      <label htmlFor={`${id}-input`}>Destination</label>
      <div className="input-with-button">
        <input
          id={`${id}-input`}
          type="text"
          list={`${id}-stores`}
          value={text}
          placeholder="All event data stores"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : chosenName ? `${id}-name` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            // Picking a suggestion fills in a whole known ARN: apply it straight away.
            if (stores?.some((store) => store.arn === event.target.value)) commit(event.target.value);
          }}
          onBlur={() => commit(text)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit(text);
            if (event.key === 'Escape') setText(value ?? '');
          }}
        />
        {value ? (
          <button type="button" className="icon-button" aria-label="Clear destination" onClick={() => onChange(null)}>
            <Icon name="close" />
          </button>
        ) : null}
      </div>
      <datalist id={`${id}-stores`}>
        {(stores ?? []).map((store) => (
          <option key={store.arn} value={store.arn} label={store.name} />
        ))}
      </datalist>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <Icon name="status-warning" /> {error}
        </p>
      ) : chosenName ? (
        <p className="field__hint" id={`${id}-name`}>
          Event data store: {chosenName}
        </p>
      ) : null}
    </div>
  );
}
