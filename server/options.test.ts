import { describe, expect, it } from 'vitest';
import { OptionsError, parseServerOptions } from './options.ts';

describe('server options', () => {
  it('listens on 127.0.0.1:4173 by default', () => {
    expect(parseServerOptions([], {})).toMatchObject({ host: '127.0.0.1', port: 4173, speed: 1, control: false });
  });

  it('takes the port from PORT, and --port over PORT', () => {
    expect(parseServerOptions([], { PORT: '8080' }).port).toBe(8080);
    expect(parseServerOptions(['--port', '9000'], { PORT: '8080' }).port).toBe(9000);
  });

  it('reads the demo data and time settings', () => {
    const options = parseServerOptions(['--seed', '7', '--imports', '0', '--speed', '60', '--control'], {});
    expect(options).toMatchObject({ seed: 7, imports: 0, speed: 60, control: true });
  });

  it('refuses values that make no sense, naming the flag', () => {
    expect(() => parseServerOptions(['--port', 'abc'], {})).toThrow(OptionsError);
    expect(() => parseServerOptions(['--port', '70000'], {})).toThrow(/--port/);
    expect(() => parseServerOptions(['--imports', '-1'], {})).toThrow(/--imports/);
    expect(() => parseServerOptions(['--speed', '0'], {})).toThrow(/--speed/);
  });

  it('passes fault settings to the emulator and refuses them with --aws', () => {
    const options = parseServerOptions(['--fault-throttle', '0.2', '--fault-latency-ms=50', '--fault-invalidate-tokens'], {});
    expect(options.faults).toMatchObject({ throttle: 0.2, latencyMs: 50, invalidateTokens: true });
    expect(() => parseServerOptions(['--fault-drop', '1.5'], {})).toThrow(/--fault-drop/);
    expect(() => parseServerOptions(['--aws', '--fault-throttle', '0.1'], {})).toThrow(/--fault-throttle applies only to the emulator/);
  });

  it('refuses unknown flags', () => {
    expect(() => parseServerOptions(['--colour'], {})).toThrow(/colour/);
  });

  it('runs the emulator, with writes allowed, unless told otherwise', () => {
    expect(parseServerOptions([], { AWS_REGION: 'eu-west-1' })).toMatchObject({ aws: false, readOnly: false, region: undefined });
    expect(parseServerOptions(['--read-only'], {}).readOnly).toBe(true);
  });

  it('takes the region and profile for AWS mode from the flags, then from AWS_REGION and AWS_PROFILE', () => {
    expect(parseServerOptions(['--aws'], {})).toMatchObject({ aws: true, region: undefined, profile: undefined });
    const env = { AWS_REGION: 'eu-west-1', AWS_PROFILE: 'work' };
    expect(parseServerOptions(['--aws'], env)).toMatchObject({ region: 'eu-west-1', profile: 'work' });
    expect(parseServerOptions(['--aws', '--region', 'us-west-2', '--profile', 'sso-admin', '--read-only'], env))
      .toMatchObject({ region: 'us-west-2', profile: 'sso-admin', readOnly: true });
  });

  it('refuses flags that belong to the other mode', () => {
    expect(() => parseServerOptions(['--region', 'eu-west-1'], {})).toThrow(/--aws/);
    expect(() => parseServerOptions(['--aws', '--control'], {})).toThrow(/--control applies only to the emulator/);
    expect(() => parseServerOptions(['--aws', '--seed=3'], {})).toThrow(/--seed/);
  });

  it('reads the flags that choose AWS sources, as given and never from the environment', () => {
    const env = { AWS_REGION: 'eu-west-1', AWS_PROFILE: 'work' };
    expect(parseServerOptions(['--aws'], env).sources).toEqual({});
    expect(parseServerOptions(['--aws', '--regions', 'us-east-1, eu-west-1,us-east-1', '--profiles', 'prod,dev'], env).sources)
      .toEqual({ regions: ['us-east-1', 'eu-west-1'], profiles: ['prod', 'dev'] });
    expect(parseServerOptions(['--aws', '--regions=all', '--org', '--member-role-name', 'Read', '--profile', 'mgmt', '--config', 'team.json'], env).sources)
      .toEqual({ regions: 'all', memberRoleName: 'Read', profile: 'mgmt', config: 'team.json' });
  });

  it('refuses source flags that contradict each other or are malformed, naming the flag', () => {
    const refused: [string[], RegExp][] = [
      [['--region', 'us-east-1', '--regions', 'eu-west-1'], /--region or --regions, not both/],
      [['--regions', 'us-east-1,,eu-west-1'], /--regions takes a comma-separated list/],
      [['--regions', 'Frankfurt'], /--regions takes region names like eu-west-1, not "Frankfurt"/],
      [['--region', 'eu west 1'], /--region takes region names/],
      [['--org'], /--org needs --member-role-name NAME/],
      [['--member-role-name', 'Read'], /--member-role-name needs --org/],
      [['--org', '--member-role-name', 'no spaces'], /--member-role-name must be an IAM role name/],
      [['--profile', 'a', '--profiles', 'b,c'], /without --org list every profile in --profiles/],
      [['--profiles', ''], /--profiles/],
    ];
    for (const [args, message] of refused) expect(() => parseServerOptions(['--aws', ...args], {})).toThrow(message);
  });

  it('refuses the AWS source flags without --aws', () => {
    for (const flag of [['--profiles', 'a'], ['--org'], ['--member-role-name', 'R'], ['--config', 'x.json'], ['--profile', 'a']]) {
      expect(() => parseServerOptions(flag, {})).toThrow(/needs --aws/);
    }
  });

  it('builds the emulator\'s organization from --demo-org, --accounts and --regions, and none without them', () => {
    expect(parseServerOptions([], {}).organization).toBeUndefined();
    expect(parseServerOptions(['--demo-org'], {}).organization?.accounts).toHaveLength(5);
    const generated = parseServerOptions(['--accounts', '4', '--regions', 'us-east-1,eu-west-1'], {}).organization;
    expect(generated).toMatchObject({ regions: ['us-east-1', 'eu-west-1'] });
    expect(generated?.accounts).toHaveLength(4);
    expect(() => parseServerOptions(['--accounts', 'many'], {})).toThrow(/--accounts/);
    expect(() => parseServerOptions(['--regions', 'all'], {})).toThrow(/--regions all needs --aws/);
    expect(() => parseServerOptions(['--aws', '--demo-org'], {})).toThrow(/--demo-org applies only to the emulator/);
    expect(() => parseServerOptions(['--aws', '--accounts', '3'], {})).toThrow(/--accounts applies only to the emulator/);
    expect(parseServerOptions(['--aws', '--regions', 'eu-west-1'], {})).toMatchObject({ organization: undefined, sources: { regions: ['eu-west-1'] } });
  });
});
