import { describe, expect, it } from 'vitest';
import type { DashboardConfigFile } from './config-file.ts';
import { isSingleAccount, planSources } from './source-plan.ts';

const ROLE = 'arn:aws:iam::444455556666:role/CloudTrailImportsDashboardRead';
const FILE: DashboardConfigFile = {
  regions: ['us-east-1', 'eu-west-1'],
  accounts: [{ profile: 'prod', name: 'Production' }, { roleArn: ROLE }],
  org: { memberRoleName: 'Read', profile: 'mgmt' },
  readOnly: true,
};

describe('the sources AWS mode watches', () => {
  it('are today\'s with neither flags nor file: the default credential chain in its own region', () => {
    const plan = planSources({}, undefined, false);
    expect(plan).toEqual({ accounts: [{ kind: 'profile' }], readOnly: false });
    expect(isSingleAccount(plan)).toBe(true);
    expect(planSources({ region: 'eu-west-2', profile: 'sso' }, undefined, true))
      .toEqual({ regions: ['eu-west-2'], accounts: [{ kind: 'profile', profile: 'sso' }], readOnly: true });
  });

  it('come from the config file when no flag chooses them', () => {
    const plan = planSources({}, FILE, false);
    expect(plan).toEqual({
      regions: ['us-east-1', 'eu-west-1'],
      accounts: [{ kind: 'profile', profile: 'prod', name: 'Production' }, { kind: 'role', roleArn: ROLE }],
      org: { memberRoleName: 'Read', profile: 'mgmt', skipAccounts: [] },
      readOnly: true,
    });
    expect(isSingleAccount(plan)).toBe(false);
  });

  it('let region flags replace the file\'s regions and keep its accounts', () => {
    expect(planSources({ regions: 'all' }, FILE, false)).toMatchObject({ regions: 'all', accounts: [{ profile: 'prod' }, { roleArn: ROLE }] });
    expect(planSources({ region: 'ap-south-1' }, FILE, false).regions).toEqual(['ap-south-1']);
  });

  it('let account flags replace the file\'s accounts and org together, and keep its regions', () => {
    expect(planSources({ profiles: ['a', 'b'] }, FILE, false)).toEqual({
      regions: FILE.regions, accounts: [{ kind: 'profile', profile: 'a' }, { kind: 'profile', profile: 'b' }], readOnly: true,
    });
    expect(planSources({ memberRoleName: 'Other', profile: 'root' }, FILE, false)).toMatchObject({
      accounts: [], org: { memberRoleName: 'Other', profile: 'root', skipAccounts: [] },
    });
    expect(planSources({ profile: 'solo' }, FILE, false)).toMatchObject({ accounts: [{ kind: 'profile', profile: 'solo' }] });
    expect(planSources({ profile: 'solo' }, FILE, false).org).toBeUndefined();
  });

  it('are read-only when either the flag or the file says so', () => {
    expect(planSources({}, { readOnly: false }, true).readOnly).toBe(true);
    expect(planSources({}, { readOnly: true }, false).readOnly).toBe(true);
    expect(planSources({}, { readOnly: false }, false).readOnly).toBe(false);
  });
});
