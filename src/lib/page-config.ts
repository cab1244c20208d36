import type { Source } from './source.ts';

/** What the server says about itself; read at run time so one build serves every mode. */
export interface PageConfig {
  mode: 'emulator' | 'aws';
  /** The (account, region) pairs to watch; never empty, the first is the default. */
  sources: Source[];
  /** The default source's, for the single-account header. */
  region: string;
  account: string;
  readOnly: boolean;
}

export const DEFAULT_REGION = 'us-east-1';
const INLINE_ID = 'page-config';
const REGION = /^[a-z0-9-]{2,32}$/;
const ACCOUNT = /^\d{12}$/;
// A sanity bound: an organization of 500 accounts in 30 regions stays under it.
const MAX_SOURCES = 20_000;

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
  if (typeof region !== 'string' || !REGION.test(region)) {
    throw new PageConfigError(`Unusable region ${JSON.stringify(region)}`);
  }
  const single: Source = { account: typeof account === 'string' ? account : '', accountName: '', region };
  const listed = 'sources' in body ? parseSources(body.sources) : [];
  const sources = listed.length > 0 ? listed : [single];
  return {
    mode,
    sources,
    region: sources[0].region,
    account: sources[0].account,
    // Anything but an explicit false keeps the page read-only.
    readOnly: readOnly !== false,
  };
}

function parseSources(value: unknown): Source[] {
  if (!Array.isArray(value)) throw new PageConfigError('sources must be a list');
  if (value.length > MAX_SOURCES) throw new PageConfigError(`sources lists ${value.length}, more than ${MAX_SOURCES}`);
  const seen = new Set<string>();
  const sources: Source[] = [];
  for (const [index, item] of value.entries()) {
    const source = parseSource(item, index);
    const key = `${source.account}/${source.region}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sources.push(source);
  }
  return sources;
}

function parseSource(item: unknown, index: number): Source {
  const field = (name: string) => (typeof item === 'object' && item !== null ? Reflect.get(item, name) : undefined);
  const account = field('account');
  const region = field('region');
  const accountName = field('accountName');
  if (typeof account !== 'string' || !ACCOUNT.test(account)) {
    throw new PageConfigError(`sources[${index}].account must be 12 digits, not ${JSON.stringify(account)}`);
  }
  if (typeof region !== 'string' || !REGION.test(region)) {
    throw new PageConfigError(`sources[${index}].region is unusable: ${JSON.stringify(region)}`);
  }
  return { account, region, accountName: typeof accountName === 'string' ? accountName.slice(0, 100) : '' };
}

/** The config the server wrote into the page, so the first CloudTrail request need not wait for /config. */
export function readInlinePageConfig(): PageConfig | undefined {
  const text = document.getElementById(INLINE_ID)?.textContent;
  if (!text) return undefined;
  try {
    return parsePageConfig(JSON.parse(text));
  } catch {
    // A page with a broken inline config still works: /config is asked instead.
    return undefined;
  }
}

let pending: Promise<PageConfig> | undefined;

/** One request per page load at most, shared by everything that shows or obeys the server's mode. */
export function loadPageConfig(): Promise<PageConfig> {
  const inline = readInlinePageConfig();
  pending ??= inline ? Promise.resolve(inline) : fetchPageConfig();
  return pending;
}
