import { useEffect, useRef } from 'react';
import { importLinkId } from '../components/import-link.tsx';
import type { ImportRef } from '../model.ts';

/**
 * When the detail closes (button, Escape or Back), focus goes back to the row's link, or to the
 * page heading when that row is no longer rendered.
 */
export function useDetailFocusReturn(importRef: ImportRef | null, fallbackId: string): void {
  const previous = useRef(importRef);
  useEffect(() => {
    const closed = previous.current;
    previous.current = importRef;
    if (closed === null || importRef !== null) return;
    (document.getElementById(importLinkId(closed)) ?? document.getElementById(fallbackId))?.focus();
  }, [importRef, fallbackId]);
}
