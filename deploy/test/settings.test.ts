import { describe, expect, it } from 'vitest';
import { parseServerOptions } from '../../server/options.ts';
import { serverArgs } from '../dashboard-function.ts';
import { deploySettingsFrom, DeploySettingsError } from '../settings.ts';

function settings(context: Record<string, unknown>) {
  return deploySettingsFrom((key) => context[key]);
}

describe('deployment settings from -c context', () => {
  it('is read-only, in the stack\'s own region, with Cognito users, when nothing is given', () => {
    expect(settings({})).toEqual({ stackName: 'CloudTrailImportsDashboard', readWrite: false, importRole: 'CloudTrailLakeImportRole' });
    expect(serverArgs(settings({}))).toEqual(['--read-only']);
  });

  it('reads flags given on the command line as text, and in cdk.json as booleans', () => {
    expect(settings({ readWrite: 'true' }).readWrite).toBe(true);
    expect(settings({ readWrite: true }).readWrite).toBe(true);
    expect(settings({ readWrite: 'false' }).readWrite).toBe(false);
    expect(() => settings({ readWrite: 'yes' })).toThrow(DeploySettingsError);
  });

  it('refuses values that would not make a valid policy or server flag', () => {
    for (const context of [
      { memberRoleName: 'role/with/slash' }, { memberRoleName: '*' }, { regions: 'eu-west-1,moon-1' }, { regions: 'all' },
      { samlMetadataUrl: 'http://idp.example/metadata' }, { samlMetadataUrl: 'https://a.example', oidcIssuer: 'https://b.example' },
      { oidcIssuer: 'https://idp.example' }, { webAclArn: 'arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/a/b' },
    ]) {
      expect(() => settings(context), JSON.stringify(context)).toThrow(DeploySettingsError);
    }
  });

  it('turns the organization view and regions into the server\'s own flags', () => {
    const chosen = settings({ readWrite: 'true', memberRoleName: 'ImportsReader', regions: 'eu-west-1, us-east-1' });
    expect(serverArgs(chosen)).toEqual(['--regions', 'eu-west-1,us-east-1', '--org', '--member-role-name', 'ImportsReader']);
  });

  it('passes only flags the server accepts, with the meaning the role was made for', () => {
    const chosen = settings({ memberRoleName: 'ImportsReader', regions: 'eu-west-1,us-east-1' });
    expect(parseServerOptions(['--aws', ...serverArgs(chosen)], {})).toMatchObject({
      aws: true, readOnly: true, sources: { regions: ['eu-west-1', 'us-east-1'], memberRoleName: 'ImportsReader' },
    });
  });
});
