import type { ImportRef } from '../model.ts';
import { lazy, Suspense, useState } from 'react';
import { Icon } from '../../../components/icon.tsx';

const StartImportDialog = lazy(() => import('../start/start-import-dialog.tsx'));

/** "Start import" opens the form (loaded on first use); in read-only mode it says why it is not there. */
export function StartImportButton({ readOnly, onStarted }: { readOnly: boolean; onStarted: (ref: ImportRef) => void }) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  if (readOnly) {
    return (
      <p className="read-only-note">
        <Icon name="status-info" /> Read-only: the server refuses to start, stop or retry imports.
      </p>
    );
  }
  return (
    <>
      <button
        type="button"
        className="button button--primary"
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
      >
        Start import
      </button>
      {loaded ? (
        <Suspense fallback={null}>
          <StartImportDialog
            open={open}
            onClose={() => setOpen(false)}
            onStarted={(ref) => {
              setOpen(false);
              onStarted(ref);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
