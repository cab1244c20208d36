import { describe, expect, it } from 'vitest';
import { PageConfigError, parsePageConfig } from './page-config.ts';

describe('page config', () => {
  it('reads what GET /config answers', () => {
    expect(parsePageConfig({ mode: 'aws', region: 'eu-west-1', account: '210987654321', readOnly: false })).toEqual({
      mode: 'aws',
      region: 'eu-west-1',
      account: '210987654321',
      readOnly: false,
    });
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
});
