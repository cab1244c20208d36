import type { ImportRef } from '../model.ts';
import type { ComponentProps } from 'react';
import { NotifyToggle } from '../notices/notify-toggle.tsx';
import type { useNotifySetting } from '../notices/use-notify-setting.ts';
import { RefreshControls } from './refresh-controls.tsx';
import { StartImportButton } from './start-import-button.tsx';

interface ImportsHeaderProps {
  count: number;
  refresh: ComponentProps<typeof RefreshControls>;
  notify: ReturnType<typeof useNotifySetting>;
  readOnly: boolean;
  onStarted: (ref: ImportRef) => void;
}

/** Title and count, freshness and refresh, notifications, and the one action that needs no import. */
export function ImportsHeader({ count, refresh, notify, readOnly, onStarted }: ImportsHeaderProps) {
  return (
    <div className="page__header">
      <h1 id="page-title" tabIndex={-1}>
        Imports <span className="page__count">({count.toLocaleString()})</span>
      </h1>
      <div className="page__tools">
        <RefreshControls {...refresh} />
        <NotifyToggle setting={notify} />
        <StartImportButton readOnly={readOnly} onStarted={onStarted} />
      </div>
    </div>
  );
}
