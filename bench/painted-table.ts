// The table both fixed pages paint (bench/reference/ and bench/floor/), and how they report the
// moment it is on screen: `window.__referencePainted`, read by bench/reference.ts.
import { createElement as h, useLayoutEffect } from 'react';

export interface PlainRow {
  id: string;
  status: string;
  created: number;
  updated: number;
}

let announce = (_at: number) => {};
Reflect.set(window, '__referencePainted', new Promise<number>((resolve) => (announce = resolve)));

export function PaintedTable({ label, rows, format }: { label: string; rows: PlainRow[]; format: Intl.DateTimeFormat }) {
  // The same moment the dashboard's probe reports: after the frame that shows the rows is painted.
  useLayoutEffect(() => {
    requestAnimationFrame(() => setTimeout(() => announce(performance.now()), 0));
  }, []);
  return h(
    'table',
    { 'aria-label': label },
    h('thead', null, h('tr', null, ['ID', 'Status', 'Created', 'Updated'].map((name) => h('th', { key: name }, name)))),
    h(
      'tbody',
      null,
      rows.map((row) =>
        h(
          'tr',
          { key: row.id },
          h('td', null, h('code', null, row.id)),
          h('td', null, row.status),
          h('td', null, h('time', { dateTime: new Date(row.created).toISOString() }, format.format(row.created))),
          h('td', null, format.format(row.updated)),
        ),
      ),
    ),
  );
}
