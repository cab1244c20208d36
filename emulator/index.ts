import type { IncomingMessage, ServerResponse } from 'node:http';
import { isManualClock, manualClock, realClock, type Clock } from './clock.ts';
import { serveControl, type ResetOptions } from './control.ts';
import { NO_FAULTS, type FaultSettings } from './fault-settings.ts';
import { createFaults, refusingTokens } from './faults.ts';
import { checkOrganization, type OrganizationSpec } from './organization.ts';
import { organizationWorld } from './organization-world.ts';
import { serveAws, type Lookup } from './protocol.ts';
import type { SourceInfo } from './source.ts';
import { checkSourceFaults } from './source-faults.ts';
import { isQueryRequest } from './sts.ts';
import { createTokens } from './tokens.ts';
import { sourceReport } from './truth.ts';
import { singleWorld } from './world.ts';

export { manualClock, realClock } from './clock.ts';
export type { Clock, ManualClock } from './clock.ts';
export type { FaultSettings } from './fault-settings.ts';
export { demoOrganization, generatedOrganization } from './demo-organization.ts';
export type { OrganizationAccount, OrganizationSpec } from './organization.ts';
export type { SourceInfo } from './source.ts';
export type { SourceFaultSpec } from './source-faults.ts';

export const DEFAULT_SEED = 20131101;
export const DEFAULT_IMPORT_COUNT = 60;

export interface EmulatorOptions {
  seed?: number;
  // per source
  imports?: number;
  clock?: Clock;
  // errors, latency, dropped connections and refused tokens on the AWS API (README)
  faults?: FaultSettings;
  // many accounts and regions, each request routed by its credentials (README, Organization view)
  organization?: OrganizationSpec;
}

export interface Emulator {
  // One AWS request (CloudTrail; with an organization also Organizations and STS); the caller has routed the path.
  handle(req: IncomingMessage, res: ServerResponse): void;
  // POST /_emulator/reset, /_emulator/advance, /_emulator/faults, /_emulator/source-faults; GET reports (README).
  handleControl(req: IncomingMessage, res: ServerResponse): void;
  // every (account, region) of the organization, failing ones included, management account first
  sources(): SourceInfo[];
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const defaults = { seed: options.seed ?? DEFAULT_SEED, imports: options.imports ?? DEFAULT_IMPORT_COUNT };
  checkCount(defaults.imports);
  const organization = options.organization && checkOrganization(options.organization);
  let clock = options.clock ?? realClock();
  let tokens = createTokens();
  const faults = createFaults(options.faults);
  const now = () => clock.now();
  const base = { ...defaults, now: clock.now() };
  const world = organization ? organizationWorld(organization, base, now) : singleWorld(base, now);
  const lookup: Lookup = (target, req) =>
    world.lookup(target, req, faults.settings.invalidateTokens ? refusingTokens(tokens) : tokens);
  const setFaults = (settings: FaultSettings) => {
    // a new secret: every token issued so far is refused from now on
    if (settings.invalidateTokens) tokens = createTokens();
    faults.set(settings);
  };
  const reset = ({ seed: seedValue, imports, now: at }: ResetOptions) => {
    if (at !== undefined) clock = manualClock(at);
    world.reseed({ seed: seedValue ?? defaults.seed, imports: imports ?? defaults.imports, now: clock.now() });
    world.restoreSourceFaults();
    faults.set(NO_FAULTS);
  };
  const advance = (ms: number) => {
    if (!isManualClock(clock)) return false;
    clock.advance(ms);
    return true;
  };
  return {
    handle: (req, res) => {
      if (world.serveQuery && isQueryRequest(req)) world.serveQuery(req, res);
      else serveAws(req, res, lookup, faults);
    },
    handleControl: (req, res) =>
      serveControl(req, res, {
        reset,
        advance,
        faults: setFaults,
        faultReport: () => ({ settings: faults.settings, injected: faults.injected }),
        sourceFaults: (input) => world.sourceFaults.set(checkSourceFaults(input, world.accounts)),
        sourceFaultReport: () => world.sourceFaults.report(),
        sourceReport: () => sourceReport(world, clock.now()),
      }),
    sources: () => world.sources().map(({ account, accountName, region }) => ({ account, accountName, region })),
  };
}

function checkCount(imports: number): void {
  if (!Number.isInteger(imports) || imports < 0) throw new RangeError(`imports must be a whole number, got ${imports}`);
}
