import { FlexRender, type Header } from '@tanstack/react-table';
import { Icon } from '../../../components/icon.tsx';
import type { importTableFeatures, ImportTableRow } from './import-columns.tsx';

type ImportHeader = Header<typeof importTableFeatures, ImportTableRow, unknown>;

/** A column header that sorts on click; aria-sort tells assistive technology the current order. */
export function SortHeader({ header }: { header: ImportHeader }) {
  const sorted = header.column.getIsSorted();
  const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={`head-${header.column.id}`}>
      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
        <FlexRender header={header} />
        <Icon
          name={sorted === 'asc' ? 'caret-up' : sorted === 'desc' ? 'caret-down' : 'sort-both'}
          className={sorted ? 'sort-icon sort-icon--active' : 'sort-icon'}
        />
      </button>
    </th>
  );
}
