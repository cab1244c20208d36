import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILE_NAME, ConfigFileError, loadConfigFile, parseConfigFile } from './config-file.ts';

const FULL = {
  regions: ['us-east-1', 'eu-west-1'],
  accounts: [
    { profile: 'prod', name: 'Production' },
    { roleArn: 'arn:aws:iam::444455556666:role/CloudTrailImportsDashboardRead', profile: 'base' },
  ],
  org: { memberRoleName: 'CloudTrailImportsDashboardRead', profile: 'mgmt', skipAccounts: ['777788889999'] },
  readOnly: true,
};

function problem(json: unknown): string {
  try {
    parseConfigFile(CONFIG_FILE_NAME, JSON.stringify(json));
  } catch (error) {
    if (error instanceof ConfigFileError) return error.message;
    throw error;
  }
  throw new Error('The file was accepted');
}

describe('imports-dashboard.config.json', () => {
  it('reads every setting of the documented example', () => {
    expect(parseConfigFile(CONFIG_FILE_NAME, JSON.stringify(FULL))).toEqual(FULL);
    expect(parseConfigFile(CONFIG_FILE_NAME, '{"regions": "all"}')).toEqual({ regions: 'all' });
    expect(parseConfigFile(CONFIG_FILE_NAME, '{}')).toEqual({});
  });

  it('names the file and the field for each mistake', () => {
    const cases: [unknown, string][] = [
      [[], 'the top level must be a JSON object'],
      [{ region: 'us-east-1' }, 'region is not a known setting (known here: regions, accounts, org, readOnly)'],
      [{ regions: [] }, 'regions must be "all" or a non-empty list of region names'],
      [{ regions: 'everywhere' }, 'regions must be "all" or a non-empty list of region names'],
      [{ regions: ['us-east-1', 'EU'] }, 'regions[1] must be a region name like "eu-west-1", not "EU"'],
      [{ accounts: {} }, 'accounts must be a list'],
      [{ accounts: [] }, 'accounts must not be empty'],
      [{ accounts: ['prod'] }, 'accounts[0] must be a JSON object'],
      [{ accounts: [{ profile: 'a' }, { profile: '' }] }, 'accounts[1].profile must be a non-empty string'],
      [{ accounts: [{ name: 'x' }] }, 'accounts[0] needs "profile" (a profile name) or "roleArn" (a role to assume)'],
      [{ accounts: [{ profile: 'a', role: 'x' }] }, 'accounts[0].role is not a known setting (known here: profile, roleArn, name)'],
      [
        { accounts: [{ roleArn: 'arn:aws:iam::1234:role/X' }] },
        'accounts[0].roleArn must be an IAM role ARN like "arn:aws:iam::111122223333:role/Name", not "arn:aws:iam::1234:role/X"',
      ],
      [{ accounts: [{ profile: 'a', name: 7 }] }, 'accounts[0].name must be a non-empty string'],
      [{ org: 'yes' }, 'org must be a JSON object'],
      [{ org: {} }, 'org.memberRoleName is missing: name the role to assume in each member account'],
      [{ org: { memberRoleName: 'a b' } }, 'org.memberRoleName must be an IAM role name (letters, digits and +=,.@_-, optionally after a path), not "a b"'],
      [{ org: { memberRoleName: 'R', profile: ' ' } }, 'org.profile must be a non-empty string'],
      [{ org: { memberRoleName: 'R', skipAccounts: '1' } }, 'org.skipAccounts must be a list'],
      [{ org: { memberRoleName: 'R', skipAccounts: ['12345'] } }, 'org.skipAccounts[0] must be a 12-digit account ID, not "12345"'],
      [{ org: { memberRoleName: 'R', regions: ['us-east-1'] } }, 'org.regions is not a known setting (known here: memberRoleName, profile, skipAccounts)'],
      [{ readOnly: 'yes' }, 'readOnly must be true or false, not "yes"'],
    ];
    for (const [json, message] of cases) expect(problem(json)).toBe(`${CONFIG_FILE_NAME}: ${message}`);
  });

  it('says where JSON that does not parse is', () => {
    expect(() => parseConfigFile('team.json', '{"regions": [}')).toThrow(/^team\.json: is not valid JSON \(/);
  });

  it('is read from the working directory when present, and from --config PATH, which must exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dashboard-config-'));
    expect(loadConfigFile(undefined, dir)).toBeUndefined();
    expect(() => loadConfigFile('missing.json', dir)).toThrow(/^missing\.json: cannot be read/);
    writeFileSync(join(dir, CONFIG_FILE_NAME), '{"readOnly": true}');
    writeFileSync(join(dir, 'other.json'), '{"regions": "all"}');
    expect(loadConfigFile(undefined, dir)).toEqual({ path: CONFIG_FILE_NAME, config: { readOnly: true } });
    expect(loadConfigFile('other.json', dir)).toEqual({ path: 'other.json', config: { regions: 'all' } });
  });
});
