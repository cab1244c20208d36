import Papa from 'papaparse';
import type { ImportFailure } from '../failures/failure-model.ts';
import type { ImportRow } from '../model.ts';

const iso = (ms: number) => (ms ? new Date(ms).toISOString() : '');

// Every field quoted; a field that a spreadsheet would run as a formula gets a leading apostrophe.
const CSV_OPTIONS = { quotes: true, escapeFormulae: true, newline: '\r\n' } as const;

/**
 * The imports as ListImports describes them, times in ISO 8601, several destinations joined by
 * spaces, then the account and region each import lives in.
 */
export function importsCsv(rows: readonly ImportRow[], names: ReadonlyMap<string, string>): string {
  const fields = ['ImportId', 'ImportStatus', 'Destinations', 'DestinationNames', 'CreatedTimestamp', 'UpdatedTimestamp', 'AccountId', 'Region'];
  const data = rows.map((row) => [
    row.id,
    row.status,
    row.destinations.join(' '),
    row.destinations.map((arn) => names.get(arn) ?? '').join(' '),
    iso(row.created),
    iso(row.updated),
    row.account,
    row.region,
  ]);
  return Papa.unparse({ fields, data }, CSV_OPTIONS);
}

/** The same imports in the shape of ListImports' `Imports`, so it reads like the CLI's output, each with its account and region. */
export function importsJson(rows: readonly ImportRow[]): string {
  const items = rows.map((row) => ({
    ImportId: row.id,
    ImportStatus: row.status,
    Destinations: row.destinations,
    CreatedTimestamp: iso(row.created),
    UpdatedTimestamp: iso(row.updated),
    AccountId: row.account,
    Region: row.region,
  }));
  return `${JSON.stringify({ Imports: items }, null, 2)}\n`;
}

export function failuresCsv(failures: readonly ImportFailure[]): string {
  const fields = ['Location', 'Status', 'ErrorType', 'ErrorMessage', 'LastUpdatedTime'];
  const data = failures.map((f) => [f.location, f.status, f.errorType, f.message, iso(f.lastUpdated)]);
  return Papa.unparse({ fields, data }, CSV_OPTIONS);
}
