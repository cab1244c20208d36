import { useState } from 'react';
import { useStoredSetting } from '../../../lib/stored-setting.ts';
import { notificationPermission, requestNotificationPermission } from './browser-notification.ts';

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** "Notify me": remembered, and on only while the browser allows notifications for this page. */
export function useNotifySetting() {
  const [wanted, setWanted] = useStoredSetting('cloudtrail-imports.notify', false, isBoolean);
  const [problem, setProblem] = useState<string | null>(null);
  const on = wanted && notificationPermission() === 'granted';

  const toggle = async () => {
    setProblem(null);
    if (on) return setWanted(false);
    const permission = notificationPermission() === 'default' ? await requestNotificationPermission() : notificationPermission();
    if (permission === 'granted') return setWanted(true);
    setWanted(false);
    setProblem(
      permission === 'unsupported'
        ? 'This browser cannot show notifications.'
        : 'Notifications are blocked for this page; allow them in the browser’s site settings.',
    );
  };
  return { on, toggle, problem };
}
