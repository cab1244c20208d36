import { IMPORT_STATUSES, isKnownStatus, statusLabel, type KnownImportStatus } from '../model.ts';

interface StatusFilterProps {
  value: KnownImportStatus | null;
  onChange: (status: KnownImportStatus | null) => void;
}

/** A native select of the five API statuses; the option values are the API values. */
export function StatusFilter({ value, onChange }: StatusFilterProps) {
  return (
    <div className="field">
      <label htmlFor="status-filter">Status</label>
      <select
        id="status-filter"
        value={value ?? ''}
        onChange={(event) => {
          const next = event.target.value;
          onChange(isKnownStatus(next) ? next : null);
        }}
      >
        <option value="">All statuses</option>
        {IMPORT_STATUSES.map((status) => (
          <option key={status} value={status}>
            {statusLabel(status)} ({status})
          </option>
        ))}
      </select>
    </div>
  );
}
