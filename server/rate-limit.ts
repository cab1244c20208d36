// CloudTrail's API quotas per account and region: 10 requests per second for Get, Describe and List
// calls, 1 per second for the other calls (StartImport, StopImport); neither can be raised (CloudTrail
// User Guide, "Quotas in AWS CloudTrail"). AWS does not say whether the 10 are per API or shared, so
// the dashboard shares them: stricter, never over.
export const CLOUDTRAIL_RATES = { read: 10, write: 1 };

export interface Rates {
  read: number;
  write: number;
}

/** True when a request of that kind may go now for that key; false when it would exceed the rate. */
export type RateLimiter = (key: string, write: boolean) => boolean;

/** A token bucket per key and kind, holding one second's worth of requests, refilled continuously. */
export function createRateLimiter(rates: Rates = CLOUDTRAIL_RATES, now: () => number = () => performance.now()): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (key, write) => {
    const rate = write ? rates.write : rates.read;
    const id = `${write ? 'write' : 'read'} ${key}`;
    const time = now();
    const bucket = buckets.get(id) ?? { tokens: rate, at: time };
    bucket.tokens = Math.min(rate, bucket.tokens + ((time - bucket.at) / 1000) * rate);
    bucket.at = time;
    buckets.set(id, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };
}
