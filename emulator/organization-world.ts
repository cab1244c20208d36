import type { Organization } from './organization.ts';
import { OrganizationSources, type Caller } from './organization-sources.ts';
import { listAccounts } from './organizations.ts';
import { OPERATIONS } from './registry.ts';
import { Sessions } from './sessions.ts';
import type { SeedBase, Source } from './source.ts';
import { SourceFaults } from './source-faults.ts';
import { serveSts } from './sts.ts';
import { scopedTokens } from './tokens.ts';
import { cloudTrailRoute, type World } from './world.ts';

// Many accounts and regions, each request routed by its credential scope (README, Organization view).
export function organizationWorld(organization: Organization, base: SeedBase, now: () => number): World {
  const sources = new OrganizationSources(organization, base);
  const sourceFaults = new SourceFaults(organization.sourceFaults);
  const sessions = new Sessions();
  const accounts = new Set(organization.accounts.map((account) => account.id));
  const identityOf = (caller: Caller) => sessions.identity(caller.accessKeyId, caller.account);
  return {
    sources: () => sources.list(),
    allSources: () => [...sources.list(), ...sources.extras()],
    accounts,
    sourceFaults,
    lookup: ({ service, name }, req, tokens) => {
      const authorization = req.headers.authorization;
      if (service === 'organizations') {
        if (name !== 'ListAccounts') return undefined;
        const context = () => ({ organization, account: sources.caller(authorization).account, tokens: scopedTokens(tokens, 'organizations') });
        return { handler: (body) => listAccounts(body, context()) };
      }
      if (!OPERATIONS.has(name)) return undefined;
      let caller: Caller;
      let source: Source;
      try {
        caller = sources.caller(authorization);
        source = sources.route(caller);
      } catch (error) {
        return { faultKey: name, handler: () => { throw error; } };
      }
      const context = { now, tokens, callerArn: () => identityOf(caller).arn };
      return cloudTrailRoute(name, source, sourceFaults, context, `${name} ${source.key}`);
    },
    serveQuery: (req, res) =>
      serveSts(req, res, () => ({
        identity: identityOf(sources.caller(req.headers.authorization)),
        assumable: (account) => accounts.has(account) && !sourceFaults.deniesAccount(account),
        sessions,
        now: now(),
      })),
    reseed: (next) => sources.reseed(next),
    restoreSourceFaults: () => sourceFaults.set(organization.sourceFaults),
  };
}
