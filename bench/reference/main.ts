// The benchmark's yardstick (bench/reference.ts): React rendering a fixed table of 60 rows with local
// dates, in the same browser as the dashboard. Changing it changes every ratio; re-derive the ratio
// budgets in bench/report.ts from a quiet run if you do.
import { createElement as h, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';

const ROWS = 60;
const START = Date.UTC(2026, 10, 1);
const dateTime = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const rows = Array.from({ length: ROWS }, (_, i) => ({
  id: `${(i * 2654435761).toString(16).padStart(8, '0')}-reference-row-${i}`,
  status: ['Completed', 'Failed', 'In progress', 'Stopped'][i % 4] ?? '',
  created: START + i * 3_600_000,
}));

let announce = (_at: number) => {};
// The same moment the dashboard's probe reports: after the frame that shows the rows is painted.
Reflect.set(window, '__referencePainted', new Promise<number>((resolve) => (announce = resolve)));

function Table() {
  useLayoutEffect(() => {
    requestAnimationFrame(() => setTimeout(() => announce(performance.now()), 0));
  }, []);
  return h(
    'table',
    { 'aria-label': 'Reference' },
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
          h('td', null, h('time', { dateTime: new Date(row.created).toISOString() }, dateTime.format(row.created))),
          h('td', null, dateTime.format(row.created + 60_000)),
        ),
      ),
    ),
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(h(Table));
