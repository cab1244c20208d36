// The benchmark's yardstick (bench/reference.ts): React rendering a fixed table of 60 rows with local
// dates, in the same browser as the dashboard. Changing it changes every ratio; re-derive the ratio
// budgets in bench/report.ts from a quiet run if you do.
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { PaintedTable } from '../painted-table.ts';

const ROWS = 60;
const START = Date.UTC(2026, 10, 1);
const dateTime = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const rows = Array.from({ length: ROWS }, (_, i) => ({
  id: `${(i * 2654435761).toString(16).padStart(8, '0')}-reference-row-${i}`,
  status: ['Completed', 'Failed', 'In progress', 'Stopped'][i % 4] ?? '',
  created: START + i * 3_600_000,
  updated: START + i * 3_600_000 + 60_000,
}));

const root = document.getElementById('root');
if (root) createRoot(root).render(h(PaintedTable, { label: 'Reference', rows, format: dateTime }));
