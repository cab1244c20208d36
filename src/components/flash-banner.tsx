import type { ReactNode } from 'react';
import { Icon, type IconName } from './icon.tsx';

export type FlashTone = 'error' | 'warning' | 'info' | 'success';

const ICONS: Record<FlashTone, IconName> = {
  error: 'status-negative',
  warning: 'status-warning',
  info: 'status-info',
  success: 'status-positive',
};

interface FlashBannerProps {
  tone: FlashTone;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  onDismiss?: () => void;
}

/** A flash message at the top of the content: role="alert" for failures, role="status" otherwise. */
export function FlashBanner({ tone, title, children, action, onDismiss }: FlashBannerProps) {
  return (
    <div className={`flash flash--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <Icon name={ICONS[tone]} className="flash__icon" />
      <div className="flash__body">
        <p className="flash__title">{title}</p>
        {children ? <div className="flash__content">{children}</div> : null}
      </div>
      {action ? <div className="flash__action">{action}</div> : null}
      {onDismiss ? (
        <button type="button" className="icon-button flash__dismiss" aria-label="Dismiss" onClick={onDismiss}>
          <Icon name="close" />
        </button>
      ) : null}
    </div>
  );
}
