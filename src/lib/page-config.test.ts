import { afterEach, describe, expect, it } from 'vitest';
import { PageConfigError, parsePageConfig, readInlinePageConfig } from './page-config.ts';

describe('page config', () => {
  afterEach(() => document.getElementById('page-config')?.remove());

  it('reads what GET /config answers from a server that knows one source', () => {
    expect(parsePageConfig({ mode: 'aws', region: 'eu-west-1', account: '210987654321', readOnly: false })).toEqual({
      mode: 'aws',
      region: 'eu-west-1',
      account: '210987654321',
      sources: [{ account: '210987654321', accountName: '', region: 'eu-west-1' }],
      readOnly: false,
    });
  });

  it('reads every source, the first as the default, and drops repeats', () => {
    const config = parsePageConfig({
      mode: 'emulator',
      region: 'us-east-1',
      account: '123456789012',
      readOnly: true,
      sources: [
        { account: '123456789012', accountName: 'management', region: 'us-east-1' },
        { account: '210987654321', accountName: 'prod', region: 'eu-west-1' },
        { account: '210987654321', accountName: 'prod', region: 'eu-west-1' },
      ],
    });
    expect(config.sources.map((s) => `${s.accountName}:${s.region}`)).toEqual(['management:us-east-1', 'prod:eu-west-1']);
    expect(config).toMatchObject({ account: '123456789012', region: 'us-east-1' });
  });

  it('refuses a source without a 12-digit account or with an unusable region', () => {
    const base = { mode: 'aws', region: 'us-east-1' };
    expect(() => parsePageConfig({ ...base, sources: [{ account: '12', region: 'us-east-1' }] })).toThrow(/sources\[0\]\.account/);
    expect(() => parsePageConfig({ ...base, sources: [{ account: '123456789012', region: 'https://x/' }] })).toThrow(/region/);
    expect(() => parsePageConfig({ ...base, sources: 'all' })).toThrow(/list/);
  });

  it('stays read-only unless the server says writes are allowed', () => {
    expect(parsePageConfig({ mode: 'emulator', region: 'us-east-1', account: '1' }).readOnly).toBe(true);
    expect(parsePageConfig({ mode: 'emulator', region: 'us-east-1', readOnly: 'no' }).readOnly).toBe(true);
  });

  it('refuses an unknown mode or an unusable region', () => {
    expect(() => parsePageConfig({ mode: 'prod', region: 'us-east-1' })).toThrow(PageConfigError);
    expect(() => parsePageConfig({ mode: 'aws', region: 'https://evil.example/' })).toThrow(/region/);
    expect(() => parsePageConfig(null)).toThrow(PageConfigError);
  });

  it('reads the config the server wrote into the page, and ignores a broken one', () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'page-config';
    script.textContent = JSON.stringify({ mode: 'emulator', region: 'us-east-1', account: '123456789012', readOnly: false });
    document.body.append(script);
    expect(readInlinePageConfig()?.sources).toEqual([{ account: '123456789012', accountName: '', region: 'us-east-1' }]);
    script.textContent = '{not json';
    expect(readInlinePageConfig()).toBeUndefined();
  });
});
