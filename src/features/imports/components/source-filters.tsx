import type { Source } from '../../../lib/source.ts';
import type { ImportFilters } from '../filters.ts';
import { accountsOf, regionsOf } from '../source-scope.ts';

interface SourceFiltersProps {
  sources: readonly Source[];
  filters: ImportFilters;
  onChange: (filters: ImportFilters) => void;
}

/** Account and Region, for a dashboard that watches more than one; only the sources chosen are asked. */
export function SourceFilters({ sources, filters, onChange }: SourceFiltersProps) {
  const accounts = accountsOf(sources);
  const regions = regionsOf(sources);
  return (
    <>
      <div className="field">
        <label htmlFor="account-filter">Account</label>
        <select
          id="account-filter"
          value={filters.account ?? ''}
          onChange={(event) => onChange({ ...filters, account: event.target.value || null })}
        >
          <option value="">All accounts ({accounts.length})</option>
          {accounts.map(({ account, accountName }) => (
            <option key={account} value={account}>
              {accountName ? `${accountName} (${account})` : account}
            </option>
          ))}
          {filters.account && !accounts.some((a) => a.account === filters.account) ? (
            <option value={filters.account}>{filters.account} (not watched)</option>
          ) : null}
        </select>
      </div>
      <div className="field">
        <label htmlFor="region-filter">Region</label>
        <select
          id="region-filter"
          value={filters.region ?? ''}
          onChange={(event) => onChange({ ...filters, region: event.target.value || null })}
        >
          <option value="">All regions ({regions.length})</option>
          {regions.map((region) => (
            <option key={region} value={region}>
              {region}
            </option>
          ))}
          {filters.region && !regions.includes(filters.region) ? (
            <option value={filters.region}>{filters.region} (not watched)</option>
          ) : null}
        </select>
      </div>
    </>
  );
}
