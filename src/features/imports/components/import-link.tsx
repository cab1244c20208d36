import type { ReactNode } from 'react';
import { navigateSearch, useUrlSearch } from '../../../lib/url-search.ts';
import { useSources } from '../../../lib/use-page-config.ts';
import { importKey, type ImportRef } from '../model.ts';
import { parseViewUrl, serializeView } from '../view-url.ts';

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
  const many = useSources().length > 1;
  const openImport = { id: importRef.id, account: many ? importRef.account : null, region: many ? importRef.region : null };
  const href = serializeView({ ...parseViewUrl(search).view, openImport }) || '?';
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
