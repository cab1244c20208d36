import { statusLabel } from '../model.ts';
import { summarizeGroups, type FailureGroup } from './failure-model.ts';

interface FailureGroupsProps {
  groups: FailureGroup[];
  selected: string | null;
  onSelect: (errorType: string | null) => void;
}

/** Counts per error type, largest first; choosing one shows only its failures in the table. */
export function FailureGroups({ groups, selected, onSelect }: FailureGroupsProps) {
  return (
    <div className="failure-groups">
      <p className="failure-groups__summary">
        {summarizeGroups(groups)}
      </p>
      <ul className="failure-groups__list" aria-label="Failures by error type">
        {groups.map((group) => {
          const pressed = group.errorType === selected;
          const statuses = group.statuses.map((s) => `${s.count.toLocaleString()} ${statusLabel(s.status).toLowerCase()}`).join(', ');
          return (
            <li key={group.errorType}>
              <button
                type="button"
                className="failure-group"
                aria-pressed={pressed}
                onClick={() => onSelect(pressed ? null : group.errorType)}
              >
                <span className="failure-group__count">{group.count.toLocaleString()}</span>
                <code>{group.errorType}</code>
                <span className="hint">{statuses}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
