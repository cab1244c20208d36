import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gateOperations, operationName, refusalFor } from './operations.ts';

describe('operation allow-list', () => {
  it('reads the operation from either X-Amz-Target form and nothing else', () => {
    expect(operationName('CloudTrail_20131101.ListImports')).toBe('ListImports');
    expect(operationName('com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.GetImport')).toBe('GetImport');
    expect(operationName('DynamoDB_20120810.ListTables')).toBeUndefined();
    expect(operationName('CloudTrail_20131101.List.Imports')).toBeUndefined();
    expect(operationName(undefined)).toBeUndefined();
  });

  it('lets reads through always and writes only without --read-only', () => {
    const proxy = { readOnly: false, passUnlisted: false };
    for (const read of ['ListImports', 'GetImport', 'ListImportFailures', 'ListEventDataStores', 'GetEventDataStore']) {
      expect(refusalFor(read, { ...proxy, readOnly: true })).toBeUndefined();
    }
    expect(refusalFor('StartImport', proxy)).toBeUndefined();
    expect(refusalFor('StopImport', { ...proxy, readOnly: true })).toMatch(/--read-only/);
  });

  it('refuses anything else in the proxy but leaves it to the emulator', () => {
    expect(refusalFor('DeleteTrail', { readOnly: false, passUnlisted: false })).toMatch(/DeleteTrail/);
    expect(refusalFor(undefined, { readOnly: false, passUnlisted: false })).toBeDefined();
    expect(refusalFor('DeleteTrail', { readOnly: true, passUnlisted: true })).toBeUndefined();
  });
});

describe('the read-only gate in front of the emulator', () => {
  const reached: string[] = [];
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const gate = gateOperations((req, res) => {
      reached.push(String(req.headers['x-amz-target']));
      res.writeHead(200).end('{}');
    }, { readOnly: true, passUnlisted: true });
    server = createServer(gate);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => server.close());

  it('answers StartImport and StopImport with AccessDeniedException and passes the rest on', async () => {
    for (const operation of ['StartImport', 'StopImport', 'ListImports', 'DescribeTrails']) {
      await fetch(base, { method: 'POST', headers: { 'X-Amz-Target': `CloudTrail_20131101.${operation}` }, body: '{}' }).then(async (response) => {
        const refused = operation === 'StartImport' || operation === 'StopImport';
        expect(response.status).toBe(refused ? 403 : 200);
        if (refused) expect(await response.json()).toMatchObject({ __type: 'AccessDeniedException' });
      });
    }
    expect(reached).toEqual(['CloudTrail_20131101.ListImports', 'CloudTrail_20131101.DescribeTrails']);
  });
});
