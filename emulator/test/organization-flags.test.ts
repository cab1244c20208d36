import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { demoOrganization, generatedOrganization } from '../index.ts';
import { describeOrganization, organizationFromFlags } from '../organization-flags.ts';

const run = promisify(execFile);

describe('the organization flags', () => {
  it('ask for no organization when none is given', () => {
    expect(organizationFromFlags({})).toBeUndefined();
  });

  it('ask for the demo organization with --demo-org', () => {
    expect(organizationFromFlags({ 'demo-org': true })).toEqual(demoOrganization());
  });

  it('ask for N accounts in the listed regions, us-east-1 when none are listed', () => {
    const spec = organizationFromFlags({ accounts: '3', regions: 'eu-west-1, eu-central-1' });
    expect(spec?.accounts).toHaveLength(3);
    expect(spec?.regions).toEqual(['eu-west-1', 'eu-central-1']);
    expect(organizationFromFlags({ accounts: '2' })?.regions).toEqual(['us-east-1']);
    expect(organizationFromFlags({ regions: 'ap-south-1' })?.accounts).toHaveLength(1);
  });

  it.each([
    [{ accounts: '0' }, /--accounts must be a whole number from 1 to 100, got "0"/],
    [{ accounts: '101' }, /--accounts must be a whole number from 1 to 100/],
    [{ accounts: 'five' }, /--accounts/],
    [{ accounts: '' }, /--accounts/],
    [{ regions: 'us-east-1,moon-base' }, /--regions: "moon-base" is not a region name/],
    [{ regions: 'us-east-1,,eu-west-1' }, /--regions: "" is not a region name/],
    [{ regions: 'us-east-1,us-east-1' }, /--regions: The region us-east-1 is listed twice/],
    [{ 'demo-org': true, accounts: '3' }, /--demo-org has its own accounts and regions/],
  ])('refuse %j and name the flag', (values, reason) => {
    expect(() => organizationFromFlags(values)).toThrow(reason);
  });

  it('describe the organization in one line', () => {
    expect(describeOrganization(demoOrganization())).toBe(
      '5 accounts x us-east-1, eu-west-1, ca-west-1 (no Lake); sandbox-legacy: AccessDeniedException',
    );
    expect(describeOrganization(undefined)).toBeUndefined();
  });
});

describe('generatedOrganization', () => {
  it('has the management account first and members with distinct 12-digit IDs and names, the same on every run', () => {
    const spec = generatedOrganization(100, ['us-east-1']);
    expect(spec.accounts[0]).toEqual({ id: '123456789012', name: 'management', management: true });
    expect(spec.accounts.filter((account) => account.management)).toHaveLength(1);
    for (const account of spec.accounts) expect(account.id).toMatch(/^\d{12}$/);
    expect(new Set(spec.accounts.map((account) => account.id)).size).toBe(100);
    expect(new Set(spec.accounts.map((account) => account.name)).size).toBe(100);
    expect(generatedOrganization(100, ['us-east-1'])).toEqual(spec);
    expect(generatedOrganization(3, ['us-east-1']).accounts).toEqual(spec.accounts.slice(0, 3));
  });
});

describe('npm run emulator with organization flags', () => {
  it('refuses a bad value with the reason and the usage, exit code 2', async () => {
    const failed = await run('node', ['--import', 'tsx', 'emulator/main.ts', '--accounts', '0', '--port', '0']).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failed).toMatchObject({ code: 2, stderr: expect.stringContaining('--accounts must be a whole number from 1 to 100') });
    expect(failed).toMatchObject({ stderr: expect.stringContaining('[--demo-org | --accounts N') });
  });
});
