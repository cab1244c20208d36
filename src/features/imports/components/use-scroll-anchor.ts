import { useLayoutEffect, useRef, type RefObject } from 'react';

interface Anchor {
  id: string;
  index: number;
  viewKey: string;
}

/**
 * Keeps the rows a person is looking at in place when a refresh adds or removes rows above them
 * (a new import arrives at the top of a newest-first list). A change of sort, filters or search
 * is a new view instead, and starts at the top.
 */
export function useScrollAnchor(
  scrollRef: RefObject<HTMLElement | null>,
  rowIds: readonly string[],
  rowHeight: number,
  viewKey: string,
): void {
  const anchor = useRef<Anchor | null>(null);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const previous = anchor.current;
    if (previous && previous.viewKey !== viewKey) {
      element.scrollTop = 0;
    } else if (previous && element.scrollTop > 0) {
      const index = rowIds[previous.index] === previous.id ? previous.index : rowIds.indexOf(previous.id);
      if (index >= 0 && index !== previous.index) element.scrollTop += (index - previous.index) * rowHeight;
    }
    const remember = () => {
      const index = Math.min(rowIds.length - 1, Math.floor(element.scrollTop / rowHeight));
      anchor.current = index >= 0 ? { id: rowIds[index], index, viewKey } : null;
    };
    remember();
    element.addEventListener('scroll', remember, { passive: true });
    return () => element.removeEventListener('scroll', remember);
  }, [scrollRef, rowIds, rowHeight, viewKey]);
}
