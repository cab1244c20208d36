import type { ImportRef } from '../model.ts';
import { Dialog } from '../../../components/dialog.tsx';
import { StartImportForm } from './start-import-form.tsx';

interface StartImportDialogProps {
  open: boolean;
  onClose: () => void;
  onStarted: (ref: ImportRef) => void;
}

export default function StartImportDialog({ open, onClose, onStarted }: StartImportDialogProps) {
  return (
    <Dialog open={open} title="Start import" onClose={onClose} className="dialog--wide">
      <p className="dialog__intro">
        Copies trail events from an S3 bucket into an event data store. Only one import can run in the account at a time.
      </p>
      <StartImportForm onStarted={onStarted} onCancel={onClose} />
    </Dialog>
  );
}
