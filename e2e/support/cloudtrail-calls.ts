import type { Page, Request } from '@playwright/test';

export interface CloudTrailCall {
  operation: string;
  input: Record<string, unknown>;
  /** The source the request is signed for: its access key names the account, its scope the region. */
  account: string;
  region: string;
}

/** Every CloudTrail request the page sends, by X-Amz-Target, with its JSON input and its source. */
export class CloudTrailCalls {
  readonly calls: CloudTrailCall[] = [];

  constructor(page: Page) {
    page.on('request', (request) => {
      const call = parse(request);
      if (call) this.calls.push(call);
    });
  }

  clear(): void {
    this.calls.length = 0;
  }

  of(operation: string): CloudTrailCall[] {
    return this.calls.filter((call) => call.operation === operation);
  }
}

function parse(request: Request): CloudTrailCall | undefined {
  const target = request.headers()['x-amz-target'];
  if (!target || !new URL(request.url()).pathname.startsWith('/cloudtrail')) return undefined;
  const body: unknown = request.postDataJSON();
  const input = typeof body === 'object' && body !== null ? Object.fromEntries(Object.entries(body)) : {};
  const scope = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\//.exec(request.headers().authorization ?? '');
  return { operation: target.slice(target.lastIndexOf('.') + 1), input, account: scope?.[1] ?? '', region: scope?.[2] ?? '' };
}
