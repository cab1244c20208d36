import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportRef, ImportRow } from '../model.ts';
import { addEndNotices, endNoticeFor, type EndNotice } from './end-notices.ts';
import { notifyEnded } from './browser-notification.ts';

/**
 * Notices for imports that ended while the page was open, from what each refresh saw end; with
 * `notify` on, a browser notification too while the tab is hidden.
 */
export function useEndNotices(ended: readonly ImportRow[] | undefined, notify: boolean, open: (ref: ImportRef) => void) {
  const [notices, setNotices] = useState<EndNotice[]>([]);
  // Every ending announced so far: a cached refresh seen again (after a filter change) or a dismissed
  // notice must not come back.
  const announced = useRef(new Set<string>());
  const latest = useRef({ notify, open });
  useEffect(() => {
    latest.current = { notify, open };
  }, [notify, open]);

  useEffect(() => {
    const fresh = (ended ?? []).filter((row) => !announced.current.has(endNoticeFor(row).key));
    if (fresh.length === 0) return;
    setNotices((current) => addEndNotices(current, fresh));
    for (const notice of fresh.map(endNoticeFor)) {
      announced.current.add(notice.key);
      if (latest.current.notify) notifyEnded(notice, latest.current.open);
    }
  }, [ended]);

  const dismiss = useCallback((key: string) => setNotices((current) => current.filter((n) => n.key !== key)), []);
  return { notices, dismiss };
}
