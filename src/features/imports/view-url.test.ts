import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './filters.ts';
import { DEFAULT_SORT, parseViewUrl, serializeView } from './view-url.ts';

const ARN = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/abc';
const IMPORT_ID = '226b4e17-fb85-444e-a1da-cbe812d3d4fc';

describe('view URL', () => {
  it('reads filters, search and sort from a link', () => {
    const { view, issues } = parseViewUrl(`?status=FAILED&destination=${encodeURIComponent(ARN)}&q=abc&sort=status.asc`);
    expect(issues).toEqual([]);
    expect(view).toEqual({
      filters: { ...NO_FILTERS, status: 'FAILED', destination: ARN },
      search: 'abc',
      sort: { column: 'status', desc: false },
      openImport: null,
    });
  });

  it('opens the plain view for an empty link', () => {
    expect(parseViewUrl('')).toEqual({
      view: { filters: NO_FILTERS, search: '', sort: DEFAULT_SORT, openImport: null },
      issues: [],
    });
  });

  it('ignores each bad value with a sentence saying so, keeping the good ones', () => {
    const { view, issues } = parseViewUrl('?status=RUNNING&destination=has%20space&sort=size.up&q=ok');
    expect(view.filters).toEqual(NO_FILTERS);
    expect(view.search).toBe('ok');
    expect(view.sort).toEqual(DEFAULT_SORT);
    expect(issues).toHaveLength(3);
    expect(issues[0]).toMatch(/^Ignored status "RUNNING": CloudTrail knows INITIALIZING, IN_PROGRESS/);
    expect(issues[1]).toMatch(/^Ignored destination "has space": .*a space/);
    expect(issues[2]).toMatch(/^Ignored sort "size.up"/);
  });

  it('rejects sorts that only look right', () => {
    for (const sort of ['created', 'created.', 'created.desc.x', 'Created.desc', 'toString.asc']) {
      expect(parseViewUrl(`?sort=${sort}`).issues).toHaveLength(1);
    }
  });

  it('shortens an overlong search and says so', () => {
    const { view, issues } = parseViewUrl(`?q=${'a'.repeat(500)}`);
    expect(view.search).toHaveLength(200);
    expect(issues).toEqual(['Shortened the search text to 200 characters.']);
  });

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    const view = {
      filters: { status: 'STOPPED' as const, destination: ARN, account: '210987654321', region: 'eu-west-1' },
      search: 'a b',
      sort: { column: 'id' as const, desc: false },
      openImport: { id: IMPORT_ID, account: '210987654321', region: 'eu-west-1' },
    };
    const text = serializeView(view);
    expect(text).toBe(
      `?status=STOPPED&destination=${encodeURIComponent(ARN)}&account=210987654321&region=eu-west-1&q=a+b&sort=id.asc` +
        `&import=${IMPORT_ID}&importAccount=210987654321&importRegion=eu-west-1`,
    );
    expect(parseViewUrl(text).view).toEqual(view);
    expect(serializeView({ filters: NO_FILTERS, search: '', sort: DEFAULT_SORT, openImport: null })).toBe('');
  });

  it('opens the import a link names, and ignores an ID CloudTrail would refuse', () => {
    expect(parseViewUrl(`?import=${IMPORT_ID}`)).toMatchObject({
      view: { openImport: { id: IMPORT_ID, account: null, region: null } },
      issues: [],
    });
    for (const bad of [IMPORT_ID.toUpperCase(), `${IMPORT_ID}0`, 'abc', '../x']) {
      const { view, issues } = parseViewUrl(`?import=${encodeURIComponent(bad)}`);
      expect(view.openImport).toBeNull();
      expect(issues[0]).toMatch(/^Ignored import /);
    }
  });

  it('opens an import in the account and region a link names, or leaves them to the page when malformed', () => {
    const link = `?import=${IMPORT_ID}&importAccount=210987654321&importRegion=eu-west-1`;
    expect(parseViewUrl(link).view.openImport).toEqual({ id: IMPORT_ID, account: '210987654321', region: 'eu-west-1' });
    const { view, issues } = parseViewUrl(`?import=${IMPORT_ID}&importAccount=21098&importRegion=eu-west-1`);
    expect(view.openImport).toEqual({ id: IMPORT_ID, account: null, region: null });
    expect(issues[0]).toMatch(/^Ignored the account and region of import/);
  });

  it('ignores an account or a region filter that cannot be one, saying so', () => {
    const { view, issues } = parseViewUrl('?account=12345&region=Mars&status=FAILED');
    expect(view.filters).toEqual({ ...NO_FILTERS, status: 'FAILED' });
    expect(issues).toEqual(['Ignored account "12345": an AWS account ID is 12 digits.', 'Ignored region "Mars": a region name looks like us-east-1.']);
  });
});
