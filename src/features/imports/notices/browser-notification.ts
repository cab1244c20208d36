import type { ImportRef } from '../model.ts';
import type { EndNotice } from './end-notices.ts';

export type NotifyPermission = NotificationPermission | 'unsupported';

export function notificationPermission(): NotifyPermission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Asks the browser; call only from a click, browsers ignore or penalise prompts without a gesture. */
export async function requestNotificationPermission(): Promise<NotifyPermission> {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.requestPermission();
}

/** A system notification for an ending, only while the tab is hidden; clicking it opens the import. */
export function notifyEnded(notice: EndNotice, open: (ref: ImportRef) => void): void {
  if (document.visibilityState !== 'hidden' || notificationPermission() !== 'granted') return;
  const notification = new Notification(notice.title, { body: 'CloudTrail Lake imports dashboard', tag: notice.key });
  notification.onclick = () => {
    window.focus();
    open(notice.importRef);
    notification.close();
  };
}
