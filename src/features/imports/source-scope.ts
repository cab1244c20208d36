import { sameSource, sourceOfArn, type Source } from '../../lib/source.ts';
import type { ImportFilters } from './filters.ts';

/**
 * The sources worth asking for these filters: those in the chosen account and region, and for a
 * destination ARN only the source that owns that event data store (CloudTrail would find nothing
 * elsewhere, so asking would only cost requests).
 */
export function sourcesToAsk(sources: readonly Source[], filters: ImportFilters): Source[] {
  const owner = filters.destination === null ? undefined : sourceOfArn(filters.destination);
  return sources.filter(
    (source) =>
      (filters.account === null || source.account === filters.account) &&
      (filters.region === null || source.region === filters.region) &&
      (owner === undefined || sameSource(source, owner)),
  );
}

/** Account IDs in the order the server listed them, each with the name it knows. */
export function accountsOf(sources: readonly Source[]): { account: string; accountName: string }[] {
  const seen = new Map<string, string>();
  for (const source of sources) if (!seen.has(source.account)) seen.set(source.account, source.accountName);
  return [...seen].map(([account, accountName]) => ({ account, accountName }));
}

export function regionsOf(sources: readonly Source[]): string[] {
  return [...new Set(sources.map((source) => source.region))];
}
