import { FlashBanner } from '../../../components/flash-banner.tsx';
import type { ImportRef } from '../model.ts';
import type { EndNotice } from './end-notices.ts';
import { ImportLink } from '../components/import-link.tsx';

interface EndNoticeBannersProps {
  notices: readonly EndNotice[];
  started: ImportRef | null;
  onDismiss: (key: string) => void;
  onDismissStarted: () => void;
}

/**
 * How imports ended while the page was open, and the import this page just started; each links to
 * its detail. They float over the page's corner so news never shifts the rows someone is reading.
 */
export function EndNoticeBanners({ notices, started, onDismiss, onDismissStarted }: EndNoticeBannersProps) {
  if (notices.length === 0 && !started) return null;
  return (
    <div className="notices">
      {started ? (
        <FlashBanner tone="success" title={`Import ${started.id} started`} onDismiss={onDismissStarted}>
          <ImportLink importRef={started}>View import details</ImportLink>
        </FlashBanner>
      ) : null}
      {notices.map((notice) => (
        <FlashBanner key={notice.key} tone={notice.tone} title={notice.title} onDismiss={() => onDismiss(notice.key)}>
          <ImportLink importRef={notice.importRef}>View import details</ImportLink>
        </FlashBanner>
      ))}
    </div>
  );
}
