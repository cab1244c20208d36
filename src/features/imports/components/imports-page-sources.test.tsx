import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { awsError, makeImport, STORE_A } from '../../../test/fake-cloudtrail.ts';
import { useFakeCloudTrail } from '../../../test/install-fake.ts';
import { renderImportsPage, usePageConfigAnswer } from '../../../test/imports-page-harness.tsx';

const MANAGEMENT = { account: '123456789012', accountName: 'management', region: 'us-east-1' };
const PROD_EU = { account: '210987654321', accountName: 'prod-payments', region: 'eu-west-1' };
const SANDBOX = { account: '444455556666', accountName: 'sandbox-legacy', region: 'us-east-1' };

const getFake = useFakeCloudTrail((fake) => {
  fake.stores = [STORE_A];
  fake.imports = [
    makeImport(1, { status: 'FAILED' }),
    makeImport(2),
    makeImport(3, { account: PROD_EU.account, region: PROD_EU.region, id: makeImport(1).id }),
  ];
  // The sandbox account refuses everything, as a member account without the dashboard's role would.
  fake.faults.push((request) =>
    request.source.account === SANDBOX.account
      ? awsError(400, 'AccessDeniedException', 'User is not authorized to perform: cloudtrail:ListImports')
      : undefined,
  );
});

usePageConfigAnswer({
  mode: 'emulator',
  region: 'us-east-1',
  account: MANAGEMENT.account,
  readOnly: false,
  sources: [MANAGEMENT, PROD_EU, SANDBOX],
});

describe('ImportsPage over several accounts and regions', () => {
  it('lists every source once, keeps the same ImportId apart by account, and shows a failing source on its own', async () => {
    renderImportsPage();
    expect(await screen.findByText('Showing 3 of 3 imports')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Imports' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.filter((row) => row.textContent?.includes(makeImport(1).id))).toHaveLength(2);
    expect(within(table).getByText('prod-payments')).toBeInTheDocument();
    const sources = await screen.findByRole('table', { name: 'Accounts and regions' });
    expect(within(sources).getByRole('row', { name: /sandbox-legacy/ })).toHaveTextContent('AccessDeniedException');
    expect(screen.getByRole('alert', { name: 'Sources not answering' })).toHaveTextContent(
      'AccessDeniedException Not allowed: the server is read-only, or the AWS credentials behind it lack this permission: sandbox-legacy (444455556666) in us-east-1',
    );
    expect(within(sources).getByRole('row', { name: /prod-payments/ })).toHaveTextContent('Up to date');
  });

  it('asks only the chosen account, and puts it in the URL', async () => {
    const fake = getFake();
    renderImportsPage();
    await screen.findByText('Showing 3 of 3 imports');
    const before = fake.requests.length;
    fireEvent.change(screen.getByLabelText('Account'), { target: { value: PROD_EU.account } });
    expect(await screen.findByText('Showing 1 of 1 imports')).toBeInTheDocument();
    expect(window.location.search).toBe(`?account=${PROD_EU.account}`);
    await waitFor(() => expect(fake.requests.length).toBeGreaterThanOrEqual(before));
    expect(fake.requests.slice(before).every((r) => r.source.account === PROD_EU.account)).toBe(true);
  });
});
