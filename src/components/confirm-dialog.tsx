import type { ReactNode } from 'react';
import { Dialog } from './dialog.tsx';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** The action's own name, e.g. "Stop import", so the button says what it does. */
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** Asks before an action that changes CloudTrail; focus starts on Cancel. */
export function ConfirmDialog({ open, title, confirmLabel, busy, onConfirm, onCancel, children }: ConfirmDialogProps) {
  return (
    <Dialog open={open} title={title} onClose={onCancel}>
      <div className="dialog__body">{children}</div>
      <div className="dialog__actions">
        <button type="button" className="button button--link" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={onConfirm} aria-busy={busy || undefined} disabled={busy}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
