import { createContext, useContext, type ReactNode } from 'react';
import { navigateSearch, useUrlSearch } from '../../../lib/url-search.ts';
import { importKey, type ImportRef } from '../model.ts';
import { parseViewUrl, serializeView, type ViewState } from '../view-url.ts';

/**
 * Whether the dashboard watches more than one source, so links name the import's account and
 * region; the page that knows its sources provides it. A context, not a query per link: every row
 * of the table has a link, and a search re-renders them all.
 */
export const ManySourcesContext = createContext(false);

// Every link on the page parses the same URL; the last one parsed is kept.
let lastView: { search: string; view: ViewState } | null = null;

function viewOf(search: string): ViewState {
  if (lastView?.search !== search) lastView = { search, view: parseViewUrl(search).view };
  return lastView.view;
}

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
  const search = useUrlSearch();
  const many = useContext(ManySourcesContext);
  const openImport = { id: importRef.id, account: many ? importRef.account : null, region: many ? importRef.region : null };
  const href = serializeView({ ...viewOf(search), openImport }) || '?';
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
