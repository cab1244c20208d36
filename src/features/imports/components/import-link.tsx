import type { ReactNode } from 'react';
import { navigateSearch, useUrlSearch } from '../../../lib/url-search.ts';
import { parseViewUrl, serializeView } from '../view-url.ts';

export function importLinkId(importId: string): string {
  return `import-link-${importId}`;
}

interface ImportLinkProps {
  importId: string;
  children: ReactNode;
  /** Set on the row's link only, so focus can return to it when the detail closes. */
  rowLink?: boolean;
  className?: string;
}

/**
 * A real link to `?import=<id>` with the current view kept, so it can be opened in a new tab; a
 * plain click opens the detail in place, as a new history entry that Back closes.
 */
export function ImportLink({ importId, children, rowLink = false, className }: ImportLinkProps) {
  const search = useUrlSearch();
  const href = serializeView({ ...parseViewUrl(search).view, importId }) || '?';
  return (
    <a
      id={rowLink ? importLinkId(importId) : undefined}
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
