/** Emulator control and direct reads, for setting up data and knowing what the page should show. */
export async function resetEmulator(url: string, imports: number, now = Date.now()): Promise<void> {
  await control(url, '/_emulator/reset', { imports, now });
}

export async function advanceEmulator(url: string, seconds: number): Promise<void> {
  await control(url, '/_emulator/advance', { seconds });
}

async function control(url: string, path: string, body: object): Promise<void> {
  const response = await fetch(`${url}${path}`, { method: 'POST', body: JSON.stringify(body) });
  if (response.status !== 204) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
}

/** How many imports ListImports returns for these filters, over every page. */
export async function countImports(url: string, filters: { ImportStatus?: string } = {}): Promise<number> {
  let count = 0;
  let token: unknown;
  do {
    const response = await fetch(`${url}/cloudtrail/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'CloudTrail_20131101.ListImports' },
      body: JSON.stringify({ ...filters, MaxResults: 1000, NextToken: token }),
    });
    const page: unknown = await response.json();
    if (!response.ok || typeof page !== 'object' || page === null) throw new Error(`ListImports: HTTP ${response.status}`);
    const imports = 'Imports' in page && Array.isArray(page.Imports) ? page.Imports : [];
    count += imports.length;
    token = 'NextToken' in page ? page.NextToken : undefined;
  } while (typeof token === 'string' && token !== '');
  return count;
}
