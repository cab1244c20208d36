import { parseArgs } from 'node:util';
import { FAULT_FLAG_OPTIONS, FAULT_FLAGS, FAULT_USAGE, faultsFromFlags, type FaultFlagValues } from '../emulator/fault-flags.ts';
import type { FaultSettings } from '../emulator/fault-settings.ts';
import type { OrganizationSpec } from '../emulator/organization.ts';
import { ORGANIZATION_FLAG_OPTIONS, ORGANIZATION_USAGE, organizationFromFlags, type OrganizationFlagValues } from '../emulator/organization-flags.ts';
import { SOURCE_FLAGS, sourceFlagsFrom, type SourceFlags } from './source-flags.ts';

export interface ServerOptions {
  host: string;
  port: number;
  seed?: number;
  imports?: number;
  speed: number;
  control: boolean;
  /** Errors, latency and dropped connections the emulator adds to its answers (emulator README). */
  faults: FaultSettings;
  /** The emulator's accounts and regions (--demo-org, --accounts N, --regions LIST); none: one account in us-east-1. */
  organization?: OrganizationSpec;
  aws: boolean;
  /** --region, else AWS_REGION: shown to the user (the SDK reads AWS_REGION itself). */
  region?: string;
  /** --profile, else AWS_PROFILE: shown to the user (the SDK reads AWS_PROFILE itself). */
  profile?: string;
  /** The flags that choose AWS mode's sources, as given; the config file fills in the rest. */
  sources: SourceFlags;
  readOnly: boolean;
}

export class OptionsError extends Error {}

const DEFAULT_PORT = 4173;
// --regions is in both: the emulator's demo regions, or the regions AWS mode watches.
const EMULATOR_ONLY = ['--seed', '--imports', '--speed', '--control', '--demo-org', '--accounts', ...FAULT_FLAGS];

export const USAGE = [
  'Usage: npm start -- [--port N] [--host ADDRESS] [--read-only]',
  '         emulator (default): [--seed N] [--imports N] [--speed X] [--control]',
  `                             ${ORGANIZATION_USAGE}`,
  `                             ${FAULT_USAGE}`,
  '         real AWS:           --aws [--config PATH] [--region REGION | --regions LIST|all]',
  '                             [--profile NAME] [--profiles A,B] [--org --member-role-name NAME]',
].join('\n');

export function parseServerOptions(argv: string[], env: NodeJS.ProcessEnv): ServerOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string' },
      seed: { type: 'string' },
      imports: { type: 'string' },
      speed: { type: 'string' },
      control: { type: 'boolean', default: false },
      aws: { type: 'boolean', default: false },
      region: { type: 'string' },
      profile: { type: 'string' },
      profiles: { type: 'string' },
      org: { type: 'boolean' },
      'member-role-name': { type: 'string' },
      config: { type: 'string' },
      'read-only': { type: 'boolean', default: false },
      ...FAULT_FLAG_OPTIONS,
      // Its --regions is AWS mode's too.
      ...ORGANIZATION_FLAG_OPTIONS,
    },
    strict: true,
  });
  const given = argv.filter((arg) => arg.startsWith('--')).map((arg) => arg.split('=')[0]);
  if (values.aws) {
    const misplaced = given.filter((flag) => EMULATOR_ONLY.includes(flag));
    const verb = misplaced.length === 1 ? 'applies' : 'apply';
    if (misplaced.length > 0) throw new OptionsError(`${misplaced.join(', ')} ${verb} only to the emulator, not to --aws`);
  } else {
    const misplaced = given.filter((flag) => SOURCE_FLAGS.includes(flag));
    if (misplaced.length > 0) throw new OptionsError(`${[...new Set(misplaced)].join(', ')} ${misplaced.length === 1 ? 'needs' : 'need'} --aws`);
  }
  return {
    host: values.host,
    port: integer('--port', values.port ?? env.PORT ?? String(DEFAULT_PORT), 0, 65535),
    seed: values.seed === undefined ? undefined : integer('--seed', values.seed, 0, 2 ** 32 - 1),
    imports: values.imports === undefined ? undefined : integer('--imports', values.imports, 0, 1_000_000),
    speed: positiveNumber('--speed', values.speed ?? '1'),
    control: values.control,
    faults: faults(values),
    organization: values.aws ? undefined : organization(values),
    aws: values.aws,
    // Only shown to the user: the SDK reads AWS_REGION and AWS_PROFILE itself.
    region: values.aws ? nonEmpty('--region', values.region ?? (env.AWS_REGION || undefined)) : undefined,
    profile: values.aws ? nonEmpty('--profile', values.profile ?? (env.AWS_PROFILE || undefined)) : undefined,
    sources: values.aws ? sources(values) : {},
    readOnly: values['read-only'],
  };
}

function sources(values: Parameters<typeof sourceFlagsFrom>[0]): SourceFlags {
  try {
    return sourceFlagsFrom(values);
  } catch (error) {
    throw new OptionsError(error instanceof Error ? error.message : String(error));
  }
}

function faults(values: FaultFlagValues): FaultSettings {
  try {
    return faultsFromFlags(values);
  } catch (error) {
    throw new OptionsError(error instanceof Error ? error.message : String(error));
  }
}

function organization(values: OrganizationFlagValues): OrganizationSpec | undefined {
  if (values.regions?.trim() === 'all') throw new OptionsError('--regions all needs --aws; the emulator takes a list such as us-east-1,eu-west-1');
  try {
    return organizationFromFlags(values);
  } catch (error) {
    throw new OptionsError(error instanceof Error ? error.message : String(error));
  }
}

function integer(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new OptionsError(`${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  }
  return value;
}

function positiveNumber(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    throw new OptionsError(`${name} must be a number above 0, not "${text}"`);
  }
  return value;
}

function nonEmpty(name: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (text.trim() === '') throw new OptionsError(`${name} must not be empty`);
  return text;
}
