import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './filters.ts';
import { DEFAULT_SORT, parseViewUrl, serializeView } from './view-url.ts';

describe('the view in the URL', () => {
  it('reads the timeline and the trends, and the table when the link names none', () => {
    expect(parseViewUrl('?view=timeline').view.display).toBe('timeline');
    expect(parseViewUrl('?status=FAILED&view=trends').view.display).toBe('trends');
    expect(parseViewUrl('').view.display).toBeUndefined();
    expect(parseViewUrl('?view=table')).toEqual(parseViewUrl(''));
  });

  it('ignores an unknown view with a sentence saying so, and shows the table', () => {
    const { view, issues } = parseViewUrl('?view=gantt&q=abc');
    expect(view.display).toBeUndefined();
    expect(view.search).toBe('abc');
    expect(issues).toEqual(['Ignored view "gantt": use table, timeline, trends.']);
  });

  it('writes the view only when it is not the table, and reads back what it wrote', () => {
    const base = { filters: NO_FILTERS, search: '', sort: DEFAULT_SORT, openImport: null };
    expect(serializeView(base)).toBe('');
    expect(serializeView({ ...base, display: 'timeline' })).toBe('?view=timeline');
    const text = serializeView({ ...base, search: 'x', display: 'trends' });
    expect(parseViewUrl(text).view).toEqual({ ...base, search: 'x', display: 'trends' });
  });
});
