import { describe, expect, it } from 'vitest';
import { pageConfigFor, withPageConfig } from './page-config.ts';

const HTML = '<!doctype html><html><head><title>t</title></head><body><script type="module" src="/a.js"></script></body></html>';

describe('the page config', () => {
  it('names the first source as the default, in the fields older pages read', () => {
    const config = pageConfigFor('aws', [{ account: '111122223333', region: 'eu-west-1' }, { account: '444455556666', region: 'us-east-1' }], true);
    expect(config).toMatchObject({ account: '111122223333', region: 'eu-west-1', readOnly: true });
    expect(() => pageConfigFor('aws', [], false)).toThrow(RangeError);
  });

  it('goes into the head as a JSON block that no value can break out of', () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const config = pageConfigFor('emulator', [{ account: '123456789012', accountName: hostile, region: 'us-east-1' }], false);
    const html = withPageConfig(HTML, config);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.indexOf('id="page-config"')).toBeLessThan(html.indexOf('</head>'));
    const block = /<script type="application\/json" id="page-config">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    expect(block).not.toContain('<');
    expect(JSON.parse(block)).toEqual(config);
  });
});
