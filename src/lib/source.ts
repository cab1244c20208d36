/** One (account, region) pair the dashboard watches; an import is identified by its source and its ImportId. */
export interface Source {
  account: string;
  /** The account's name in the organization, when the server knows it. */
  accountName: string;
  region: string;
}

export type SourceRef = Pick<Source, 'account' | 'region'>;

/** "123456789012/us-east-1": stable, and the same for equal sources, so it can go into query keys. */
export function sourceKey(source: SourceRef): string {
  return `${source.account}/${source.region}`;
}

export function sameSource(a: SourceRef, b: SourceRef): boolean {
  return a.account === b.account && a.region === b.region;
}

/** "prod-payments (210987654321) · eu-west-1", or without a name "210987654321 · eu-west-1". */
export function sourceLabel(source: Source): string {
  const account = source.accountName ? `${source.accountName} (${source.account})` : source.account || 'this account';
  return `${account} · ${source.region}`;
}

// An event data store ARN: arn:PARTITION:cloudtrail:REGION:ACCOUNT:eventdatastore/ID
const STORE_ARN = /^arn:[\w-]+:cloudtrail:([a-z0-9-]+):(\d{12}):eventdatastore\//;

/** The source that owns an event data store, read from its ARN; undefined for an ID or a malformed ARN. */
export function sourceOfArn(arn: string): SourceRef | undefined {
  const match = STORE_ARN.exec(arn);
  return match ? { region: match[1], account: match[2] } : undefined;
}
