import { useEffect, useState } from 'react';

const MINUTE_MS = 60_000;
const minute = () => Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS;

/**
 * Now, to the minute: running bars grow and presets follow the clock, while 100,000 imports are laid
 * out again once a minute rather than every second.
 */
export function useMinute(): number {
  const [now, setNow] = useState(minute);
  useEffect(() => {
    const timer = setInterval(() => setNow(minute()), MINUTE_MS / 4);
    return () => clearInterval(timer);
  }, []);
  return now;
}
