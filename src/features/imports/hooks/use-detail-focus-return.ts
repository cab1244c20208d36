import { useEffect, useRef } from 'react';
import { importLinkId } from '../components/import-link.tsx';

/**
 * When the detail closes (button, Escape or Back), focus goes back to the row's link, or to the
 * page heading when that row is no longer rendered.
 */
export function useDetailFocusReturn(importId: string | null, fallbackId: string): void {
  const previous = useRef(importId);
  useEffect(() => {
    const closed = previous.current;
    previous.current = importId;
    if (closed === null || importId !== null) return;
    (document.getElementById(importLinkId(closed)) ?? document.getElementById(fallbackId))?.focus();
  }, [importId, fallbackId]);
}
