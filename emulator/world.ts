import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Route, Target } from './protocol.ts';
import { OPERATIONS } from './registry.ts';
import { ACCOUNT_ID, REGION } from './seed-data-stores.ts';
import { Sessions } from './sessions.ts';
import { Source, type SeedBase } from './source.ts';
import { sourceFaultError, SourceFaults } from './source-faults.ts';
import type { Tokens } from './tokens.ts';

// Everything the emulator serves: one source without an organization, or every source of one.
export interface World {
  // management account first (emulator.sources())
  sources(): readonly Source[];
  // and the sources created on first use
  allSources(): readonly Source[];
  readonly accounts: ReadonlySet<string>;
  readonly sourceFaults: SourceFaults;
  // `tokens` are the emulator's; each source scopes them to itself
  lookup(target: Target, req: IncomingMessage, tokens: Tokens): Route | undefined;
  // STS (awsQuery), answered by an organization only
  readonly serveQuery: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  reseed(base: SeedBase): void;
  // back to the source faults the emulator started with
  restoreSourceFaults(): void;
}

// One CloudTrail operation on one source, after its source fault or missing Lake, if any.
export function cloudTrailRoute(
  name: string,
  source: Source,
  faults: SourceFaults,
  context: { readonly now: () => number; readonly tokens: Tokens; readonly callerArn: () => string },
  faultKey: string,
): Route | undefined {
  const operation = OPERATIONS.get(name);
  return (
    operation && {
      faultKey,
      handler: (body) => {
        const fault = faults.meet(source.account, source.region) ?? (source.lake ? undefined : 'UnsupportedOperationException');
        if (fault) throw sourceFaultError(fault, name, source.region, context.callerArn());
        return operation(body, { store: source.store(), now: context.now(), tokens: source.tokens(context.tokens) });
      },
    }
  );
}

// Without an organization: account 123456789012 in us-east-1, whatever the credentials say.
export function singleWorld(base: SeedBase, now: () => number): World {
  const source = new Source({ account: ACCOUNT_ID, accountName: 'default', region: REGION }, 'primary', base, false);
  const sourceFaults = new SourceFaults();
  const sessions = new Sessions();
  const callerArn = () => sessions.identity(undefined, ACCOUNT_ID).arn;
  // seeded at once, as before organizations
  source.store();
  return {
    sources: () => [source],
    allSources: () => [source],
    accounts: new Set([ACCOUNT_ID]),
    sourceFaults,
    lookup: ({ service, name }, _req, tokens) =>
      service === 'cloudtrail' ? cloudTrailRoute(name, source, sourceFaults, { now, tokens, callerArn }, name) : undefined,
    serveQuery: undefined,
    reseed: (next) => {
      source.reseed(next);
      source.store();
    },
    restoreSourceFaults: () => sourceFaults.set([]),
  };
}
