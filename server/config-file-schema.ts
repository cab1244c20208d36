import { ACCOUNT_ID_PATTERN, REGION_PATTERN, ROLE_ARN_PATTERN, ROLE_NAME_PATTERN } from './aws-names.ts';

export type AccountEntry =
  | { profile: string; name?: string }
  | { roleArn: string; profile?: string; name?: string };

export interface OrgEntry {
  memberRoleName: string;
  profile?: string;
  skipAccounts?: string[];
}

/** imports-dashboard.config.json, as the README documents it. */
export interface DashboardConfigFile {
  regions?: string[] | 'all';
  accounts?: AccountEntry[];
  org?: OrgEntry;
  readOnly?: boolean;
}

export type SchemaVerdict = { ok: true; config: DashboardConfigFile } | { ok: false; message: string };

class SchemaError extends Error {}

export function checkConfigFile(json: unknown): SchemaVerdict {
  try {
    const top = object('the top level', json, ['regions', 'accounts', 'org', 'readOnly']);
    const config: DashboardConfigFile = {};
    if (top.regions !== undefined) config.regions = regions(top.regions);
    if (top.accounts !== undefined) config.accounts = list('accounts', top.accounts).map(account);
    if (top.org !== undefined) config.org = org(top.org);
    if (top.readOnly !== undefined) config.readOnly = boolean('readOnly', top.readOnly);
    return { ok: true, config };
  } catch (error) {
    if (error instanceof SchemaError) return { ok: false, message: error.message };
    throw error;
  }
}

function regions(value: unknown): string[] | 'all' {
  if (value === 'all') return 'all';
  if (!Array.isArray(value) || value.length === 0) throw new SchemaError('regions must be "all" or a non-empty list of region names');
  return [...new Set(value.map((item, index) => matching(`regions[${index}]`, item, REGION_PATTERN, 'a region name like "eu-west-1"')))];
}

function account(value: unknown, index: number): AccountEntry {
  const path = `accounts[${index}]`;
  const entry = object(path, value, ['profile', 'roleArn', 'name']);
  const name = entry.name === undefined ? undefined : text(`${path}.name`, entry.name);
  const named = name === undefined ? {} : { name };
  if (entry.roleArn !== undefined) {
    const roleArn = matching(`${path}.roleArn`, entry.roleArn, ROLE_ARN_PATTERN, 'an IAM role ARN like "arn:aws:iam::111122223333:role/Name"');
    return entry.profile === undefined ? { roleArn, ...named } : { roleArn, profile: text(`${path}.profile`, entry.profile), ...named };
  }
  if (entry.profile === undefined) throw new SchemaError(`${path} needs "profile" (a profile name) or "roleArn" (a role to assume)`);
  return { profile: text(`${path}.profile`, entry.profile), ...named };
}

function org(value: unknown): OrgEntry {
  const entry = object('org', value, ['memberRoleName', 'profile', 'skipAccounts']);
  if (entry.memberRoleName === undefined) throw new SchemaError('org.memberRoleName is missing: name the role to assume in each member account');
  const roleName = 'an IAM role name (letters, digits and +=,.@_-, optionally after a path)';
  const result: OrgEntry = { memberRoleName: matching('org.memberRoleName', entry.memberRoleName, ROLE_NAME_PATTERN, roleName) };
  if (entry.profile !== undefined) result.profile = text('org.profile', entry.profile);
  if (entry.skipAccounts !== undefined) {
    result.skipAccounts = list('org.skipAccounts', entry.skipAccounts, true)
      .map((item, index) => matching(`org.skipAccounts[${index}]`, item, ACCOUNT_ID_PATTERN, 'a 12-digit account ID'));
  }
  return result;
}

function object(path: string, value: unknown, keys: string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SchemaError(`${path} must be a JSON object`);
  const entries = Object.entries(value);
  const unknown = entries.find(([key]) => !keys.includes(key));
  if (unknown) {
    const where = path === 'the top level' ? '' : `${path}.`;
    throw new SchemaError(`${where}${unknown[0]} is not a known setting (known here: ${keys.join(', ')})`);
  }
  return Object.fromEntries(entries);
}

function list(path: string, value: unknown, emptyAllowed = false): unknown[] {
  if (!Array.isArray(value)) throw new SchemaError(`${path} must be a list`);
  if (!emptyAllowed && value.length === 0) throw new SchemaError(`${path} must not be empty`);
  return value;
}

function text(path: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new SchemaError(`${path} must be a non-empty string`);
  return value;
}

function matching(path: string, value: unknown, pattern: RegExp, what: string): string {
  if (typeof value !== 'string' || !pattern.test(value)) throw new SchemaError(`${path} must be ${what}, not ${JSON.stringify(value)}`);
  return value;
}

function boolean(path: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new SchemaError(`${path} must be true or false, not ${JSON.stringify(value)}`);
  return value;
}
