import { accountOfAccessKey, credentialScopeOf } from '../emulator/credential-scope.ts';

/** Which source a browser request names in its SigV4 credential scope (the contract's routing rule). */
export type NamedSource =
  | { kind: 'default' }
  | { kind: 'named'; account?: string; region: string }
  | { kind: 'unreadable' };

export interface Routable {
  account: string;
  region: string;
}

/**
 * No Authorization header names the default source; a key without a 12-digit account (`BROWSER`,
 * `AKIDEXAMPLE`) names the default account in the scope's region.
 */
export function namedSource(authorization: string | string[] | undefined): NamedSource {
  if (authorization === undefined) return { kind: 'default' };
  const scope = typeof authorization === 'string' ? credentialScopeOf(authorization) : undefined;
  if (scope === undefined) return { kind: 'unreadable' };
  const account = accountOfAccessKey(scope.accessKeyId);
  return account === undefined ? { kind: 'named', region: scope.region } : { kind: 'named', account, region: scope.region };
}

export function describeNamed(named: NamedSource, defaultAccount: string): string {
  if (named.kind === 'unreadable') return '?';
  if (named.kind === 'default') return 'default';
  return `${named.account ?? defaultAccount}/${named.region}`;
}

/** The configured sources by (account, region); the first is the default. */
export class SourceTable<T extends Routable> {
  private readonly byKey: Map<string, T>;

  constructor(readonly sources: readonly T[]) {
    if (sources.length === 0) throw new RangeError('A source table needs at least one source');
    this.byKey = new Map(sources.map((source) => [keyOf(source.account, source.region), source]));
  }

  get defaultSource(): T {
    return this.sources[0];
  }

  find(named: NamedSource): T | undefined {
    if (named.kind === 'default') return this.defaultSource;
    if (named.kind === 'unreadable') return undefined;
    return this.byKey.get(keyOf(named.account ?? this.defaultSource.account, named.region));
  }
}

/** Why a request that names no configured source is refused, in words for the page. */
export function unknownSourceMessage(named: NamedSource, defaultAccount: string): string {
  if (named.kind !== 'named') {
    return 'The request names no source: sign it with SigV4, the account ID as access key ID and the source\'s region in the credential scope.';
  }
  return `Account ${named.account ?? defaultAccount} in ${named.region} is not one of this dashboard's sources.`;
}

function keyOf(account: string, region: string): string {
  return `${account}/${region}`;
}
