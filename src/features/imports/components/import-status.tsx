import { Icon } from '../../../components/icon.tsx';
import { statusLabel } from '../model.ts';
import { statusLook } from '../status-look.ts';

/** Status as icon + colour + word, so it never relies on colour alone. */
export function ImportStatus({ status }: { status: string }) {
  const look = statusLook(status);
  return (
    <span className={`status status--${look.tone}`} title={status}>
      <Icon name={look.icon} className={look.tone === 'progress' ? 'status__icon spin' : 'status__icon'} />
      <span>{statusLabel(status)}</span>
    </span>
  );
}
