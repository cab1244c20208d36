import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportRow } from '../model.ts';
import { addEndNotices, endNoticeFor, type EndNotice } from './end-notices.ts';
import { notifyEnded } from './browser-notification.ts';

/**
 * Notices for imports that ended while the page was open, from what each refresh saw end; with
 * `notify` on, a browser notification too while the tab is hidden.
 */
export function useEndNotices(ended: readonly ImportRow[] | undefined, notify: boolean, open: (importId: string) => void) {
  const [notices, setNotices] = useState<EndNotice[]>([]);
  const notified = useRef(new Set<string>());
  const latest = useRef({ notify, open });
  latest.current = { notify, open };

  useEffect(() => {
    if (!ended || ended.length === 0) return;
    setNotices((current) => addEndNotices(current, ended));
    for (const notice of ended.map(endNoticeFor)) {
      if (!latest.current.notify || notified.current.has(notice.key)) continue;
      notified.current.add(notice.key);
      notifyEnded(notice, latest.current.open);
    }
  }, [ended]);

  const dismiss = useCallback((key: string) => setNotices((current) => current.filter((n) => n.key !== key)), []);
  return { notices, dismiss };
}
