import type { Page, Route } from '@playwright/test';

export interface AwsFault {
  status: number;
  type: string;
  message: string;
  requestId: string;
}

export interface FaultOptions {
  /** Only requests whose JSON input passes this are faulted. */
  when?: (input: Record<string, unknown>) => boolean;
  /** Fault this many matching requests, then let the rest through. */
  times?: number;
}

/**
 * Answers matching CloudTrail requests as AWS would fail them (awsJson1_1: status, x-amzn-ErrorType,
 * x-amzn-RequestId, {"__type", "Message"}), or aborts them as an unreachable endpoint.
 * Returns a function that removes the fault.
 */
export async function injectFault(
  page: Page,
  operation: string,
  fault: AwsFault | 'unreachable',
  { when = () => true, times = Infinity }: FaultOptions = {},
): Promise<() => Promise<void>> {
  let left = times;
  const handler = async (route: Route) => {
    const request = route.request();
    const target = request.headers()['x-amz-target'] ?? '';
    const body: unknown = request.postDataJSON();
    const input = typeof body === 'object' && body !== null ? Object.fromEntries(Object.entries(body)) : {};
    if (!target.endsWith(`.${operation}`) || !when(input) || left <= 0) return route.fallback();
    left -= 1;
    if (fault === 'unreachable') return route.abort('connectionrefused');
    return route.fulfill({
      status: fault.status,
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'x-amzn-ErrorType': fault.type,
        'x-amzn-RequestId': fault.requestId,
      },
      body: JSON.stringify({ __type: fault.type, Message: fault.message }),
    });
  };
  await page.route('**/cloudtrail/**', handler);
  return () => page.unroute('**/cloudtrail/**', handler);
}
