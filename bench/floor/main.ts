// The least a page on this design does before its first row (bench/floor.ts): the CloudTrail SDK
// sends one ListImports as the dashboard does, and React paints the answer in a plain table.
import { CloudTrailClient, ListImportsCommand } from '@aws-sdk/client-cloudtrail';
import { Sha256Js } from '@smithy/core/checksum';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { PaintedTable } from '../painted-table.ts';

const dateTime = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const client = new CloudTrailClient({
  endpoint: `${window.location.origin}/cloudtrail`,
  region: 'us-east-1',
  credentials: { accessKeyId: 'BROWSER', secretAccessKey: 'not-a-secret' },
  sha256: Sha256Js,
});
const root = document.getElementById('root');
void client.send(new ListImportsCommand({ MaxResults: 1000 })).then(({ Imports = [] }) => {
  const rows = Imports.map((item) => ({
    id: item.ImportId ?? '',
    status: item.ImportStatus ?? '',
    created: item.CreatedTimestamp?.getTime() ?? 0,
    updated: item.UpdatedTimestamp?.getTime() ?? 0,
  }));
  if (root) createRoot(root).render(h(PaintedTable, { label: 'Imports', rows, format: dateTime }));
});
