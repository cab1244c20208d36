import type { ReactNode } from 'react';
import { Icon } from '../../../components/icon.tsx';

interface StartFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
}

/** A labelled form field with its hint and, after a check, its error; the control is described by both. */
export function StartField({ id, label, hint, error, children }: StartFieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(describedBy)}
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <Icon name="status-warning" /> {error}
        </p>
      ) : null}
    </div>
  );
}
