import { accountOfAccessKey, credentialScopeOf, isRegionName } from './credential-scope.ts';
import { AwsError } from './errors.ts';
import type { Organization } from './organization.ts';
import { Source, type SeedBase, type SourceKind } from './source.ts';

// Who sent a request, from its SigV4 credential scope (README, Routing).
export interface Caller {
  readonly account: string;
  readonly accessKeyId: string | undefined;
  readonly region: string;
}

// a request without an Authorization header
const UNSIGNED_REGION = 'us-east-1';
// regions the organization does not name are created empty on first use, up to this many names
const MAX_EXTRA_REGIONS = 32;

// Every (account, region) of an organization, and the routing of a request to one of them.
export class OrganizationSources {
  private readonly organization: Organization;
  private readonly names: ReadonlyMap<string, string>;
  private readonly listed: readonly Source[];
  private bySource = new Map<string, Source>();
  private extraRegions = new Set<string>();
  private base: SeedBase;

  constructor(organization: Organization, base: SeedBase) {
    this.organization = organization;
    this.base = base;
    const { accounts, management, regions, unsupportedRegions } = organization;
    this.names = new Map(accounts.map((account) => [account.id, account.name]));
    const ordered = [management, ...accounts.filter((account) => account !== management)];
    this.listed = ordered.flatMap((account) => {
      const kindIn = (region: string): SourceKind =>
        account !== management ? 'member' : region === regions[0] ? 'primary' : 'management';
      return [
        ...regions.map((region) => new Source({ account: account.id, accountName: account.name, region }, kindIn(region), base)),
        ...unsupportedRegions.map(
          (region) => new Source({ account: account.id, accountName: account.name, region }, 'unsupported', base),
        ),
      ];
    });
    this.bySource = new Map(this.listed.map((source) => [source.key, source]));
  }

  // management account first, then the members; in each, the regions with Lake, then those without
  list(): readonly Source[] {
    return this.listed;
  }

  // sources created on first use in regions the organization does not name
  extras(): Source[] {
    return [...this.bySource.values()].filter((source) => source.kind === 'empty');
  }

  caller(authorization: string | undefined): Caller {
    const management = this.organization.management.id;
    if (authorization === undefined) return { account: management, accessKeyId: undefined, region: UNSIGNED_REGION };
    const scope = credentialScopeOf(authorization);
    if (!scope) {
      const form = "Credential=<key>/<yyyymmdd>/<region>/<service>/aws4_request, SignedHeaders=..., Signature=...";
      throw new AwsError('IncompleteSignatureException', `The Authorization header must be AWS4-HMAC-SHA256 ${form}.`);
    }
    const account = accountOfAccessKey(scope.accessKeyId) ?? management;
    // what AWS answers for a key it does not know
    if (!this.names.has(account)) {
      throw new AwsError('UnrecognizedClientException', 'The security token included in the request is invalid.');
    }
    return { account, accessKeyId: scope.accessKeyId, region: scope.region };
  }

  // The source a CloudTrail request names, or the AwsError AWS would answer.
  route(caller: Caller): Source {
    const { account, region } = caller;
    const known = this.bySource.get(`${account}/${region}`);
    if (known) return known;
    const room = this.extraRegions.has(region) || this.extraRegions.size < MAX_EXTRA_REGIONS;
    if (!isRegionName(region) || !room) {
      throw new AwsError('InvalidSignatureException', `Credential should be scoped to a valid region, not '${region}'.`);
    }
    this.extraRegions.add(region);
    const source = new Source({ account, accountName: this.names.get(account) ?? account, region }, 'empty', this.base);
    this.bySource.set(source.key, source);
    return source;
  }

  // Every listed source is seeded again on first use; regions created on first use are forgotten.
  reseed(base: SeedBase): void {
    this.base = base;
    for (const source of this.listed) source.reseed(base);
    this.bySource = new Map(this.listed.map((source) => [source.key, source]));
    this.extraRegions = new Set();
  }
}
