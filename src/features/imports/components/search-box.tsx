import { Icon } from '../../../components/icon.tsx';
import { MAX_SEARCH_LENGTH } from '../view-url.ts';

/** Client-side search over the loaded imports: ID, destination ARN and data store name. */
export function SearchBox({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  return (
    <div className="field field--search">
      <label htmlFor="import-search">Search</label>
      <div className="search-input">
        <Icon name="search" className="search-input__icon" />
        <input
          id="import-search"
          type="search"
          value={value}
          maxLength={MAX_SEARCH_LENGTH}
          placeholder="ID, data store or ARN"
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
    </div>
  );
}
