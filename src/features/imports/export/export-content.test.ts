import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ImportRow } from '../model.ts';
import { failuresCsv, importsCsv, importsJson } from './export-content.ts';

const A = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/a';
const B = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/b';
const rows: ImportRow[] = [
  { account: '123456789012', region: 'us-east-1', id: 'id-1', status: 'FAILED', destinations: [A], created: Date.UTC(2026, 10, 1), updated: Date.UTC(2026, 10, 1, 1) },
  { account: '210987654321', region: 'eu-west-1', id: 'id-2', status: 'COMPLETED', destinations: [A, B], created: Date.UTC(2026, 9, 1), updated: 0 },
];
const names = new Map([[A, 'store "one", with comma'], [B, 'line\nbreak']]);

describe('list export', () => {
  it('writes CSV with every field quoted, and reads back to the same values', () => {
    const csv = importsCsv(rows, names);
    expect(csv.split('\r\n')[0]).toBe('"ImportId","ImportStatus","Destinations","DestinationNames","CreatedTimestamp","UpdatedTimestamp","AccountId","Region"');
    expect(csv.split('\r\n')[1]).toBe(`"id-1","FAILED","${A}","store ""one"", with comma","2026-11-01T00:00:00.000Z","2026-11-01T01:00:00.000Z","123456789012","us-east-1"`);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[1]).toEqual({
      ImportId: 'id-2',
      ImportStatus: 'COMPLETED',
      Destinations: `${A} ${B}`,
      DestinationNames: 'store "one", with comma line\nbreak',
      CreatedTimestamp: '2026-10-01T00:00:00.000Z',
      UpdatedTimestamp: '',
      AccountId: '210987654321',
      Region: 'eu-west-1',
    });
  });

  it('keeps a spreadsheet from running a field as a formula', () => {
    const csv = importsCsv([{ ...rows[0], status: '=HYPERLINK("x")' }], new Map());
    expect(Papa.parse<string[]>(csv).data[1][1]).toBe('\'=HYPERLINK("x")');
  });

  it('writes JSON in the shape of ListImports, with each import\'s account and region', () => {
    expect(JSON.parse(importsJson(rows))).toEqual({
      Imports: [
        { ImportId: 'id-1', ImportStatus: 'FAILED', Destinations: [A], CreatedTimestamp: '2026-11-01T00:00:00.000Z', UpdatedTimestamp: '2026-11-01T01:00:00.000Z', AccountId: '123456789012', Region: 'us-east-1' },
        { ImportId: 'id-2', ImportStatus: 'COMPLETED', Destinations: [A, B], CreatedTimestamp: '2026-10-01T00:00:00.000Z', UpdatedTimestamp: '', AccountId: '210987654321', Region: 'eu-west-1' },
      ],
    });
  });

  it('writes failures with their ISO times', () => {
    const csv = failuresCsv([{ location: 's3://b/k', status: 'FAILED', errorType: 'AccessDenied', message: 'no, "never"', lastUpdated: Date.UTC(2026, 0, 2) }]);
    expect(csv).toBe(
      '"Location","Status","ErrorType","ErrorMessage","LastUpdatedTime"\r\n"s3://b/k","FAILED","AccessDenied","no, ""never""","2026-01-02T00:00:00.000Z"',
    );
  });
});
