/** What the server says about itself at GET /config; read at run time so one build serves every mode. */
export interface PageConfig {
  mode: 'emulator' | 'aws';
  region: string;
  account: string;
  readOnly: boolean;
}

export const DEFAULT_REGION = 'us-east-1';

export class PageConfigError extends Error {
  override name = 'PageConfigError';
}

export async function fetchPageConfig(): Promise<PageConfig> {
  const response = await fetch('/config', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new PageConfigError(`GET /config answered ${response.status} ${response.statusText}`);
  return parsePageConfig(await response.json());
}

export function parsePageConfig(body: unknown): PageConfig {
  if (typeof body !== 'object' || body === null) throw new PageConfigError('GET /config did not return an object');
  const mode = 'mode' in body ? body.mode : undefined;
  const region = 'region' in body ? body.region : undefined;
  const account = 'account' in body ? body.account : undefined;
  const readOnly = 'readOnly' in body ? body.readOnly : undefined;
  if (mode !== 'emulator' && mode !== 'aws') throw new PageConfigError(`Unknown mode ${JSON.stringify(mode)}`);
  if (typeof region !== 'string' || !/^[a-z0-9-]{2,32}$/.test(region)) {
    throw new PageConfigError(`Unusable region ${JSON.stringify(region)}`);
  }
  return {
    mode,
    region,
    account: typeof account === 'string' ? account : '',
    // Anything but an explicit false keeps the page read-only.
    readOnly: readOnly !== false,
  };
}

let pending: Promise<PageConfig> | undefined;

/** One request per page load, shared by everything that shows or obeys the server's mode. */
export function loadPageConfig(): Promise<PageConfig> {
  pending ??= fetchPageConfig();
  return pending;
}
