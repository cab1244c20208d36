import {
  paginateListEventDataStores,
  paginateListImports,
  type CloudTrailClient,
  type ImportStatus,
  type ImportsListItem,
} from '@aws-sdk/client-cloudtrail';

/** What the emulator itself answers through the SDK, to compare the page with. */
export async function listImports(
  client: CloudTrailClient,
  filters: { ImportStatus?: ImportStatus; Destination?: string } = {},
): Promise<ImportsListItem[]> {
  const items: ImportsListItem[] = [];
  for await (const page of paginateListImports({ client, pageSize: 1000 }, filters)) items.push(...(page.Imports ?? []));
  return items;
}

export async function dataStoreNames(client: CloudTrailClient): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for await (const page of paginateListEventDataStores({ client }, {})) {
    for (const store of page.EventDataStores ?? []) names.set(store.EventDataStoreArn ?? '', store.Name ?? '');
  }
  return names;
}

export const STATUS_WORDS: Record<string, string> = {
  INITIALIZING: 'Initializing',
  IN_PROGRESS: 'In progress',
  FAILED: 'Failed',
  STOPPED: 'Stopped',
  COMPLETED: 'Completed',
};
