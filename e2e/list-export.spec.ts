import Papa from 'papaparse';
import { dataStoreNames, listImports } from './support/emulator-data.ts';
import { expect, FIXED_NOW, test } from './support/fixtures.ts';
import { downloadText } from './support/import-detail.ts';

// The emulator's one source when it serves no organization: each import says where it lives.
const ACCOUNT = '123456789012';
const REGION = 'us-east-1';

test('the filtered list exports as CSV and JSON that parse back to what ListImports answers', async ({
  page,
  importsPage: ui,
  cloudtrail,
}) => {
  await page.clock.install({ time: FIXED_NOW });
  const names = await dataStoreNames(cloudtrail);
  const expected = await listImports(cloudtrail, { ImportStatus: 'FAILED' });
  await ui.open('?status=FAILED');
  await ui.expectCount(expected.length);
  const iso = (date: Date | undefined) => date?.toISOString() ?? '';

  await test.step('CSV: one quoted row per import, newest first, with its account and region', async () => {
    const file = await downloadText(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
    expect(file.name).toMatch(/^cloudtrail-imports-.*\.csv$/);
    expect(file.text.startsWith('"ImportId","ImportStatus"')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(file.text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(
      expected.map((item) => ({
        ImportId: item.ImportId,
        ImportStatus: item.ImportStatus,
        Destinations: item.Destinations?.join(' '),
        DestinationNames: item.Destinations?.map((arn) => names.get(arn) ?? '').join(' '),
        CreatedTimestamp: iso(item.CreatedTimestamp),
        UpdatedTimestamp: iso(item.UpdatedTimestamp),
        AccountId: ACCOUNT,
        Region: REGION,
      })),
    );
  });

  await test.step('JSON: the shape of ListImports, with a search narrowing it further', async () => {
    const target = expected[2].ImportId ?? '';
    await ui.search.fill(target.slice(0, 8));
    await ui.expectCount(1, expected.length);
    const file = await downloadText(page, () => page.getByRole('button', { name: 'Export JSON' }).click());
    expect(file.name).toMatch(/^cloudtrail-imports-.*\.json$/);
    const parsed: unknown = JSON.parse(file.text);
    const item = expected[2];
    expect(parsed).toEqual({
      Imports: [
        {
          ImportId: item.ImportId,
          ImportStatus: item.ImportStatus,
          Destinations: item.Destinations,
          CreatedTimestamp: iso(item.CreatedTimestamp),
          UpdatedTimestamp: iso(item.UpdatedTimestamp),
          AccountId: ACCOUNT,
          Region: REGION,
        },
      ],
    });
  });
});
