export interface Clock {
  now(): number;
}

export interface ManualClock extends Clock {
  advance(ms: number): void;
  set(ms: number): void;
}

export function realClock(speed = 1): Clock {
  if (!Number.isFinite(speed) || speed <= 0) throw new RangeError(`speed must be a positive number, got ${speed}`);
  const origin = Date.now();
  return { now: () => origin + (Date.now() - origin) * speed };
}

export function manualClock(startMs: number): ManualClock {
  let current = startMs;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
    set: (ms) => {
      current = ms;
    },
  };
}

export function isManualClock(clock: Clock): clock is ManualClock {
  return 'advance' in clock && typeof clock.advance === 'function';
}
