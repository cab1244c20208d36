/**
 * Two limits on CloudTrail calls from the page: a rate per source (CloudTrail allows 10 requests per
 * second per account and region for its Get, Describe and List APIs) and a bound on requests in flight
 * across all sources, so 50 sources do not open 100 connections at once.
 */

type Wait = (ms: number) => Promise<void>;

const sleep: Wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RateLimit {
  /** Resolves when one more request may start. */
  take(): Promise<void>;
}

/** At most `perSecond` starts in any window of one second, in call order. */
export function rateLimit(perSecond: number, now: () => number = () => performance.now(), wait: Wait = sleep): RateLimit {
  const starts: number[] = [];
  let queue = Promise.resolve();
  const takeInOrder = async () => {
    for (;;) {
      const time = now();
      while (starts.length > 0 && time - starts[0] >= 1000) starts.shift();
      if (starts.length < perSecond) {
        starts.push(time);
        return;
      }
      await wait(1000 - (time - starts[0]));
    }
  };
  return {
    take: () => {
      queue = queue.then(takeInOrder);
      return queue;
    },
  };
}

export interface Concurrency {
  run<T>(task: () => Promise<T>): Promise<T>;
  readonly active: number;
}

/** Runs at most `limit` tasks at once; the rest wait their turn in call order. */
export function concurrency(limit: number): Concurrency {
  let active = 0;
  const waiting: (() => void)[] = [];
  const acquire = () =>
    active < limit ? (active += 1, Promise.resolve()) : new Promise<void>((resolve) => waiting.push(resolve));
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };
  return {
    async run(task) {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
  };
}
