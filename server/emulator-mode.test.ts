import { describe, expect, it } from 'vitest';
import { demoOrganization } from '../emulator/index.ts';
import { setUpEmulatorMode } from './emulator-mode.ts';

const settings = { speed: 1, control: false, readOnly: false };

describe('the emulator mode\'s page config', () => {
  it('names exactly today\'s one source without an organization', async () => {
    const mode = await setUpEmulatorMode(settings);
    expect(mode.pageConfig).toMatchObject({ mode: 'emulator', account: '123456789012', region: 'us-east-1', readOnly: false });
    expect(mode.pageConfig.sources).toEqual([{ account: '123456789012', accountName: 'default', region: 'us-east-1' }]);
  });

  it('lists every source of --demo-org, the failing ones too, management account first', async () => {
    const mode = await setUpEmulatorMode({ ...settings, organization: demoOrganization(), readOnly: true });
    const { sources } = mode.pageConfig;
    expect(sources).toHaveLength(15);
    expect(sources[0]).toEqual({ account: '123456789012', accountName: 'management', region: 'us-east-1' });
    expect(sources).toContainEqual({ account: '589104736221', accountName: 'sandbox-legacy', region: 'eu-west-1' });
    expect(sources).toContainEqual({ account: '345678901234', accountName: 'prod-payments', region: 'ca-west-1' });
    expect(mode.pageConfig.readOnly).toBe(true);
    expect(mode.summary).toContainEqual(expect.stringMatching(/^Organization: 5 accounts x us-east-1, eu-west-1, ca-west-1 \(no Lake\)/));
  });
});
