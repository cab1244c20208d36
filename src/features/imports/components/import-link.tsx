import { createContext, useContext, type ReactNode } from 'react';
import { navigateSearch } from '../../../lib/url-search.ts';
import { importKey, type ImportRef } from '../model.ts';
import { serializeView, type ViewState } from '../view-url.ts';

/**
 * What every import link is built from, provided by the page, which has both already: the view in
 * the URL, and whether the dashboard watches more than one source, so links name the import's
 * account and region. Every row of the table has a link, and a search re-renders them all.
 */
export interface ImportLinkBase {
  view: ViewState;
  manySources: boolean;
}

export const ImportLinkContext = createContext<ImportLinkBase | null>(null);

export function importLinkId(ref: ImportRef): string {
  return `import-link-${importKey(ref).replaceAll('/', '-')}`;
}

interface ImportLinkProps {
  importRef: ImportRef;
  children: ReactNode;
  /** Set on the row's link only, so focus can return to it when the detail closes. */
  rowLink?: boolean;
  className?: string;
}

/**
 * A real link to `?import=<id>` (plus its account and region when the dashboard watches more than
 * one) with the current view kept, so it can be opened in a new tab; a plain click opens the detail
 * in place, as a new history entry that Back closes.
 */
export function ImportLink({ importRef, children, rowLink = false, className }: ImportLinkProps) {
  const base = useContext(ImportLinkContext);
  if (!base) throw new Error('An ImportLink needs the ImportLinkContext of the page it is on.');
  const many = base.manySources;
  const openImport = { id: importRef.id, account: many ? importRef.account : null, region: many ? importRef.region : null };
  const href = serializeView({ ...base.view, openImport }) || '?';
  return (
    <a
      id={rowLink ? importLinkId(importRef) : undefined}
      className={className}
      href={href}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigateSearch(href);
      }}
    >
      {children}
    </a>
  );
}
