import type { SourceAccount } from './aws-accounts.ts';
import { resolveUpstream, type Upstream } from './aws-endpoint.ts';
import { createAwsProxy, type ProxySource } from './aws-proxy.ts';
import { partitionRegions } from './aws-regions.ts';
import { AwsSetupError } from './aws-setup-error.ts';
import { gatherAccounts } from './aws-source-accounts.ts';
import { probeLakeRegions } from './lake-regions.ts';
import type { Mode } from './mode.ts';
import { pageConfigFor } from './page-config.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { SourcePlan } from './source-plan.ts';

export interface AwsModeSettings {
  plan: SourcePlan;
  log: (line: string) => void;
  rateLimiter?: RateLimiter;
}

interface AwsSource extends ProxySource {
  accountName?: string;
}

/**
 * Finds every source's credentials, regions and endpoint, or throws AwsSetupError saying how to fix
 * it. Sources are accounts x regions, the first usable account's first region leading.
 */
export async function setUpAwsMode(settings: AwsModeSettings): Promise<Mode> {
  const { plan } = settings;
  const { accounts, warnings, notes } = await gatherAccounts(plan);
  const regions = await chooseRegions(plan, accounts[0]);
  const endpoints = new Map<string, Upstream>();
  const upstream = async (profile: string | undefined, region: string) => {
    const key = `${profile ?? ''} ${region}`;
    const found = endpoints.get(key) ?? await resolveUpstream({ region, profile });
    endpoints.set(key, found);
    return found;
  };
  const sources: AwsSource[] = [];
  for (const account of accounts) {
    for (const region of regions.list ?? [account.homeRegion]) {
      sources.push({
        account: account.account, region, upstream: await upstream(account.profile, region),
        credentials: account.credentials, signsWith: account.signsWith,
        ...(account.accountName === undefined ? {} : { accountName: account.accountName }),
      });
    }
  }
  const proxy = createAwsProxy({ sources, readOnly: plan.readOnly, log: settings.log, rateLimiter: settings.rateLimiter });
  const pageSources = sources.map(({ account, accountName, region }) =>
    (accountName === undefined ? { account, region } : { account, accountName, region }));
  return {
    cloudtrail: proxy,
    pageConfig: pageConfigFor('aws', pageSources, plan.readOnly),
    summary: [...startLines(plan, accounts, sources), ...notes, ...regions.lines],
    warnings,
  };
}

interface ChosenRegions {
  /** Undefined: each account in its home region. */
  list?: string[];
  lines: string[];
}

async function chooseRegions(plan: SourcePlan, first: SourceAccount): Promise<ChosenRegions> {
  if (plan.regions !== 'all') return { list: plan.regions, lines: [] };
  const candidates = await partitionRegions(first.homeRegion);
  const { answering, leftOut } = await probeLakeRegions(candidates, first.credentials, first.profile);
  const lines = leftOut.map(({ region, reason }) => `Region ${region} left out: ${reason}`);
  if (answering.length === 0) {
    throw new AwsSetupError(['CloudTrail answered in none of the regions of --regions all:', ...lines].join('\n'));
  }
  return { list: answering, lines: [`Regions with CloudTrail Lake (ListEventDataStores answered): ${answering.join(', ')}`, ...lines] };
}

function startLines(plan: SourcePlan, accounts: SourceAccount[], sources: AwsSource[]): string[] {
  const writes = plan.readOnly ? 'read-only (StartImport and StopImport refused)' : 'reads and writes (StartImport, StopImport)';
  const lead = accounts[0];
  const regions = [...new Set(sources.map((source) => source.region))];
  const endpoints = [...new Set(sources.map((source) => source.upstream.url.href))];
  const profile = accounts.length === 1 && lead.profile !== undefined ? `, profile: ${lead.profile}` : '';
  return [
    `Mode: real AWS, ${writes}`,
    ...(lead.identity === undefined ? [] : [`Acting as: ${lead.identity.arn} (account ${lead.identity.account})`]),
    `${regions.length === 1 ? 'Region' : 'Regions'}: ${regions.join(', ')}${profile}`,
    `CloudTrail ${endpoints.length === 1 ? 'endpoint' : 'endpoints'}: ${endpoints.join(', ')}`,
    `Sources: ${sources.length} (${count(accounts.length, 'account')}, ${count(regions.length, 'region')})`,
    ...sources.map((source) => {
      const name = source.accountName === undefined ? '' : ` (${source.accountName})`;
      return `  ${source.account}${name} ${source.region}: ${source.signsWith}`;
    }),
  ];
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
