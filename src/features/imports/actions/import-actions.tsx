import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ErrorDetails } from '../../../components/error-details.tsx';
import { FlashBanner } from '../../../components/flash-banner.tsx';
import { Icon } from '../../../components/icon.tsx';
import { describeError } from '../../../lib/aws-error-copy.ts';
import { CLOUDTRAIL_ENDPOINT } from '../../../lib/cloudtrail-endpoint.ts';
import { canRetry, type ImportDetail } from '../import-detail.ts';
import { isActive, statusLabel } from '../model.ts';
import { useImportAction, type ImportAction } from './use-import-action.ts';

const NAMES: Record<ImportAction, string> = { stop: 'Stop import', retry: 'Retry import' };

/** Stop (active imports) and Retry (FAILED, STOPPED), each confirmed first; the outcome shows below. */
export function ImportActions({ detail, readOnly }: { detail: ImportDetail; readOnly: boolean }) {
  const [asking, setAsking] = useState<ImportAction | null>(null);
  const action = useImportAction(detail);
  if (readOnly) {
    return (
      <p className="detail__note">
        <Icon name="status-info" /> Read-only mode: this dashboard’s server refuses StartImport and StopImport, so Stop
        and Retry are not offered.
      </p>
    );
  }
  const offered: ImportAction[] = isActive(detail) ? ['stop'] : canRetry(detail.status) ? ['retry'] : [];
  const confirm = (chosen: ImportAction) => {
    setAsking(null);
    action.mutate(chosen);
  };
  return (
    <div className="detail__actions">
      {offered.map((name) => (
        <button key={name} type="button" className="button" disabled={action.isPending} onClick={() => setAsking(name)}>
          {NAMES[name]}
        </button>
      ))}
      {offered.length === 0 ? <p className="hint">A completed import cannot be stopped or retried.</p> : null}
      <ConfirmDialog
        open={asking === 'stop'}
        title={`Stop import ${detail.id}?`}
        confirmLabel={NAMES.stop}
        busy={action.isPending}
        onConfirm={() => confirm('stop')}
        onCancel={() => setAsking(null)}
      >
        <p>CloudTrail stops copying events. Events already copied stay in the event data store.</p>
        <p>A stopped import can be retried later; it resumes where it stopped.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'retry'}
        title={`Retry import ${detail.id}?`}
        confirmLabel={NAMES.retry}
        busy={action.isPending}
        onConfirm={() => confirm('retry')}
        onCancel={() => setAsking(null)}
      >
        <p>
          {detail.status === 'FAILED'
            ? 'CloudTrail reads again only the files that failed.'
            : 'CloudTrail resumes the import from where it stopped.'}
        </p>
        <p>Only one import can run in an account at a time.</p>
      </ConfirmDialog>
      <ActionOutcome action={action} importId={detail.id} />
    </div>
  );
}

function ActionOutcome({ action, importId }: { action: ReturnType<typeof useImportAction>; importId: string }) {
  const chosen = action.variables;
  if (!chosen) return null;
  if (action.isError) {
    const report = describeError(action.error, CLOUDTRAIL_ENDPOINT);
    return (
      <FlashBanner tone="error" title={`Couldn’t ${chosen} import ${importId}`} onDismiss={() => action.reset()}>
        <p>{report.summary}</p>
        <ErrorDetails report={report} />
      </FlashBanner>
    );
  }
  if (!action.data) return null;
  const title = chosen === 'stop' ? 'Stop requested' : 'Retry started';
  return (
    <FlashBanner tone="success" title={title} onDismiss={() => action.reset()}>
      <p>
        CloudTrail reports import {importId} as {statusLabel(action.data.status).toLowerCase()}.
      </p>
    </FlashBanner>
  );
}
