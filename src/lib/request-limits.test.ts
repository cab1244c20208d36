import { describe, expect, it } from 'vitest';
import { concurrency, rateLimit } from './request-limits.ts';

function fakeTime() {
  let time = 0;
  const waits: number[] = [];
  return {
    now: () => time,
    wait: async (ms: number) => {
      waits.push(ms);
      time += ms;
    },
    waits,
  };
}

describe('rate limit', () => {
  it('lets the first requests through at once, then holds the rest to the rate', async () => {
    const clock = fakeTime();
    const limit = rateLimit(10, clock.now, clock.wait);
    const startedAt: number[] = [];
    await Promise.all(Array.from({ length: 25 }, () => limit.take().then(() => startedAt.push(clock.now()))));
    expect(startedAt.filter((t) => t < 1000)).toHaveLength(10);
    expect(startedAt.filter((t) => t >= 1000 && t < 2000)).toHaveLength(10);
    expect(startedAt.filter((t) => t >= 2000)).toHaveLength(5);
  });

  it('never starts more than the rate in any one-second window', async () => {
    const clock = fakeTime();
    const limit = rateLimit(3, clock.now, clock.wait);
    const startedAt: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      await limit.take();
      startedAt.push(clock.now());
      await clock.wait(150);
    }
    for (const start of startedAt) {
      expect(startedAt.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(3);
    }
  });
});

describe('concurrency', () => {
  it('runs at most the limit at once and every task in the end', async () => {
    const bound = concurrency(3);
    let running = 0;
    let most = 0;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        bound.run(async () => {
          running += 1;
          most = Math.max(most, running);
          await Promise.resolve();
          await Promise.resolve();
          running -= 1;
          return i;
        }),
      ),
    );
    expect(most).toBe(3);
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(bound.active).toBe(0);
  });

  it('frees its place when a task fails', async () => {
    const bound = concurrency(1);
    await expect(bound.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(bound.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });
});
