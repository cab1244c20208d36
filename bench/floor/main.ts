// The least a page on this design can do before its first row (bench/floor.ts): the CloudTrail SDK
// sends one ListImports as the dashboard does, and React paints the answer in a plain table.
import { CloudTrailClient, ListImportsCommand, type ImportsListItem } from '@aws-sdk/client-cloudtrail';
import { Sha256Js } from '@smithy/core/checksum';
import { createElement as h, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';

const dateTime = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

let announce = (_at: number) => {};
// The same moment the dashboard's probe reports: after the frame that shows the rows is painted.
Reflect.set(window, '__referencePainted', new Promise<number>((resolve) => (announce = resolve)));

function Table({ imports }: { imports: ImportsListItem[] }) {
  useLayoutEffect(() => {
    requestAnimationFrame(() => setTimeout(() => announce(performance.now()), 0));
  }, []);
  return h(
    'table',
    { 'aria-label': 'Imports' },
    h('thead', null, h('tr', null, ['ID', 'Status', 'Created', 'Updated'].map((name) => h('th', { key: name }, name)))),
    h(
      'tbody',
      null,
      imports.map((item) =>
        h(
          'tr',
          { key: item.ImportId },
          h('td', null, h('code', null, item.ImportId)),
          h('td', null, item.ImportStatus),
          h('td', null, item.CreatedTimestamp ? dateTime.format(item.CreatedTimestamp) : ''),
          h('td', null, item.UpdatedTimestamp ? dateTime.format(item.UpdatedTimestamp) : ''),
        ),
      ),
    ),
  );
}

const client = new CloudTrailClient({
  endpoint: `${window.location.origin}/cloudtrail`,
  region: 'us-east-1',
  credentials: { accessKeyId: 'BROWSER', secretAccessKey: 'not-a-secret' },
  sha256: Sha256Js,
});
const root = document.getElementById('root');
void client.send(new ListImportsCommand({ MaxResults: 1000 })).then(({ Imports = [] }) => {
  if (root) createRoot(root).render(h(Table, { imports: Imports }));
});
