import { REGION_PATTERN, ROLE_NAME_PATTERN } from './aws-names.ts';

/** The flags that choose AWS mode's sources, exactly as given (none of them from the environment). */
export interface SourceFlags {
  config?: string;
  region?: string;
  regions?: string[] | 'all';
  profile?: string;
  profiles?: string[];
  /** --org --member-role-name NAME */
  memberRoleName?: string;
}

export interface SourceFlagValues {
  config?: string;
  region?: string;
  regions?: string;
  profile?: string;
  profiles?: string;
  org?: boolean;
  'member-role-name'?: string;
}

export const SOURCE_FLAGS = ['--config', '--region', '--profile', '--profiles', '--org', '--member-role-name'];

/** Checks the AWS-mode source flags together, or throws a RangeError that names the flag. */
export function sourceFlagsFrom(values: SourceFlagValues): SourceFlags {
  if (values.region !== undefined && values.regions !== undefined) throw new RangeError('Give --region or --regions, not both');
  if (values.org && values['member-role-name'] === undefined) {
    throw new RangeError('--org needs --member-role-name NAME: the role to assume in each member account');
  }
  if (!values.org && values['member-role-name'] !== undefined) throw new RangeError('--member-role-name needs --org');
  if (values.profile !== undefined && values.profiles !== undefined && !values.org) {
    throw new RangeError('--profile names the base credentials for --org; without --org list every profile in --profiles');
  }
  const flags: SourceFlags = {};
  if (values.config !== undefined) flags.config = nonEmpty('--config', values.config);
  if (values.region !== undefined) flags.region = region('--region', values.region);
  if (values.regions !== undefined) flags.regions = regions(values.regions);
  if (values.profile !== undefined) flags.profile = nonEmpty('--profile', values.profile);
  if (values.profiles !== undefined) flags.profiles = names('--profiles', values.profiles);
  if (values['member-role-name'] !== undefined) {
    const name = values['member-role-name'];
    if (!ROLE_NAME_PATTERN.test(name)) throw new RangeError(`--member-role-name must be an IAM role name, not "${name}"`);
    flags.memberRoleName = name;
  }
  return flags;
}

function regions(text: string): string[] | 'all' {
  if (text.trim() === 'all') return 'all';
  return names('--regions', text).map((name) => region('--regions', name));
}

function region(flag: string, text: string): string {
  const name = nonEmpty(flag, text).trim();
  if (!REGION_PATTERN.test(name)) throw new RangeError(`${flag} takes region names like eu-west-1, not "${name}"`);
  return name;
}

function names(flag: string, text: string): string[] {
  const items = text.split(',').map((item) => item.trim());
  if (items.some((item) => item === '')) throw new RangeError(`${flag} takes a comma-separated list without empty names, not "${text}"`);
  return [...new Set(items)];
}

function nonEmpty(flag: string, text: string): string {
  if (text.trim() === '') throw new RangeError(`${flag} must not be empty`);
  return text;
}
