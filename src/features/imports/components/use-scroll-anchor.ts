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
  // The scroll position as the last scroll event left it: reading scrollTop right after the rows
  // changed would make the browser lay the page out in the middle of React's commit.
  const scrollTop = useRef(0);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const previous = anchor.current;
    if (previous && previous.viewKey !== viewKey) {
      if (scrollTop.current !== 0) element.scrollTop = 0;
      scrollTop.current = 0;
    } else if (previous && scrollTop.current > 0) {
      const index = rowIds[previous.index] === previous.id ? previous.index : rowIds.indexOf(previous.id);
      if (index >= 0 && index !== previous.index) {
        element.scrollTop += (index - previous.index) * rowHeight;
        scrollTop.current = element.scrollTop;
      }
    }
    const remember = () => {
      const index = Math.min(rowIds.length - 1, Math.floor(scrollTop.current / rowHeight));
      anchor.current = index >= 0 ? { id: rowIds[index], index, viewKey } : null;
    };
    const onScroll = () => {
      scrollTop.current = element.scrollTop;
      remember();
    };
    remember();
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, [scrollRef, rowIds, rowHeight, viewKey]);
}
