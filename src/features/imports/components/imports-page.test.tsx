import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeImport, STORE_A, STORE_B } from '../../../test/fake-cloudtrail.ts';
import { useFakeCloudTrail } from '../../../test/install-fake.ts';
import { renderImportsPage, usePageConfigAnswer } from '../../../test/imports-page-harness.tsx';

const getFake = useFakeCloudTrail((fake) => {
  fake.stores = [STORE_A, STORE_B];
});

usePageConfigAnswer({ mode: 'emulator', region: 'us-east-1', account: '123456789012', readOnly: false });

describe('ImportsPage', () => {
  it('shows the first page and a running count while later pages load, with a bounded number of rows', async () => {
    const fake = getFake();
    fake.imports = Array.from({ length: 2_500 }, (_, i) => makeImport(i));
    let release = () => {};
    const held = new Promise<undefined>((resolve) => (release = () => resolve(undefined)));
    fake.faults.push((request) => (request.body.NextToken ? held : undefined));
    renderImportsPage();

    expect(await screen.findByText('Loading… 1,000 imports loaded so far')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Imports' });
    expect(within(table).getAllByRole('row').length).toBeLessThan(40);
    release();
    expect(await screen.findByText('Showing 2,500 of 2,500 imports')).toBeInTheDocument();
    expect(within(table).getAllByRole('row').length).toBeLessThan(40);
    expect(table).toHaveAttribute('aria-rowcount', '2501');
  });

  it('says when the account has no imports yet', async () => {
    renderImportsPage();
    expect(await screen.findByRole('heading', { name: 'No imports yet' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when nothing matches the filters, and Clear filters brings everything back', async () => {
    getFake().imports = [makeImport(1), makeImport(2)];
    window.history.replaceState(null, '', '/?status=STOPPED');
    renderImportsPage();
    expect(await screen.findByRole('heading', { name: 'No imports match these filters' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('Showing 2 of 2 imports')).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('asks CloudTrail again, from the first page, when the status filter changes', async () => {
    const fake = getFake();
    fake.imports = [makeImport(1, { status: 'FAILED' }), makeImport(2)];
    renderImportsPage();
    await screen.findByText('Showing 2 of 2 imports');
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'FAILED' } });
    expect(await screen.findByText('Showing 1 of 1 imports')).toBeInTheDocument();
    const failedCalls = fake.requests.filter((r) => r.operation === 'ListImports' && r.body.ImportStatus === 'FAILED');
    expect(failedCalls).toHaveLength(1);
    expect(failedCalls[0].body.NextToken).toBeUndefined();
    expect(window.location.search).toBe('?status=FAILED');
  });

  it('shows the loaded imports of a chosen status at once, while CloudTrail lists that status', async () => {
    const fake = getFake();
    fake.imports = [makeImport(1, { status: 'FAILED' }), makeImport(2), makeImport(3, { status: 'FAILED' })];
    let release = () => {};
    const held = new Promise<undefined>((resolve) => (release = () => resolve(undefined)));
    fake.faults.push((request) => (request.body.ImportStatus === 'FAILED' ? held : undefined));
    renderImportsPage();
    await screen.findByText('Showing 3 of 3 imports');
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'FAILED' } });
    expect(await screen.findByText('Loading… 2 imports loaded so far')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Imports' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).queryByText(makeImport(2).id)).not.toBeInTheDocument();
    release();
    expect(await screen.findByText('Showing 2 of 2 imports')).toBeInTheDocument();
    expect(fake.requests.filter((r) => r.body.ImportStatus === 'FAILED' && r.body.NextToken === undefined)).toHaveLength(1);
  });

  it('shows data store names next to ARNs, and a status the API added later', async () => {
    getFake().imports = [makeImport(2, { status: 'PAUSED_FOR_MAINTENANCE' })];
    renderImportsPage();
    const row = (await screen.findAllByRole('row'))[1];
    await waitFor(() => expect(row).toHaveTextContent(STORE_A.name));
    expect(row).toHaveTextContent(STORE_A.arn);
    expect(row).toHaveTextContent('Paused for maintenance');
  });

  it('refuses a pasted ARN that CloudTrail would reject, before any request', async () => {
    const fake = getFake();
    fake.imports = [makeImport(1)];
    renderImportsPage();
    await screen.findByText('Showing 1 of 1 imports');
    const before = fake.requests.length;
    const input = screen.getByLabelText('Destination');
    fireEvent.change(input, { target: { value: 'arn:aws:cloudtrail:us-east-1:1:eventdatastore/x y' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/found a space/)).toBeInTheDocument();
    expect(fake.requests.slice(before).filter((r) => r.body.Destination !== undefined)).toEqual([]);
  });

  it('refuses a well-formed ARN of a data store the account does not have', async () => {
    const fake = getFake();
    fake.imports = [makeImport(1)];
    renderImportsPage();
    await screen.findByText('Showing 1 of 1 imports');
    // The stores' answer is in once the row shows its destination by name; only then can a value be checked.
    await within(screen.getByRole('table', { name: 'Imports' })).findByText(STORE_B.name);
    const input = screen.getByLabelText('Destination');
    fireEvent.change(input, { target: { value: `${STORE_A.arn}0` } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText(/no event data store with that name, ARN or ID/)).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('takes a data store name in the destination box and filters by its ARN', async () => {
    const fake = getFake();
    fake.imports = [makeImport(1), makeImport(2)];
    renderImportsPage();
    await screen.findByText('Showing 2 of 2 imports');
    // The names come once the listing is in.
    await screen.findAllByText(STORE_B.name);
    const input = screen.getByLabelText('Destination');
    fireEvent.change(input, { target: { value: STORE_B.name } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText('Showing 1 of 1 imports')).toBeInTheDocument();
    expect(input).toHaveValue(STORE_B.arn);
    expect(new URLSearchParams(window.location.search).get('destination')).toBe(STORE_B.arn);
  });
});
