import type { ImportRow } from '../features/imports/model.ts';
import type { SourceRef } from '../lib/source.ts';

/** The source that makeImport's rows and unsigned requests belong to. */
export const FAKE_SOURCE: SourceRef = { account: '123456789012', region: 'us-east-1' };

export interface FakeStore {
  arn: string;
  name: string;
}

export interface FakeRequest {
  operation: string;
  body: Record<string, unknown>;
  /** Read from the signature the way the emulator and the signing proxy read it. */
  source: SourceRef;
}

export type Fault = (request: FakeRequest) => Response | undefined | Promise<Response | undefined>;

/**
 * An in-memory CloudTrail for unit tests, answering the SDK's real requests through a stubbed
 * fetch: newest first, NextTokens tied to the filters, errors shaped like awsJson1_1.
 */
export class FakeCloudTrail {
  imports: ImportRow[] = [];
  stores: FakeStore[] = [];
  requests: FakeRequest[] = [];
  faults: Fault[] = [];
  private requestCount = 0;

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const target = request.headers.get('x-amz-target') ?? '';
    const text = await request.text();
    const parsed: unknown = text ? JSON.parse(text) : {};
    const body = typeof parsed === 'object' && parsed !== null ? Object.fromEntries(Object.entries(parsed)) : {};
    const call = { operation: target.slice(target.lastIndexOf('.') + 1), body, source: sourceOf(request.headers) };
    this.requests.push(call);
    for (const fault of this.faults) {
      const response = await fault(call);
      if (response) return response;
    }
    return this.answer(call);
  };

  count(operation: string): number {
    return this.requests.filter((r) => r.operation === operation).length;
  }

  private answer({ operation, body, source }: FakeRequest): Response {
    const imports = this.imports.filter((row) => row.account === source.account && row.region === source.region);
    switch (operation) {
      case 'ListImports':
        return this.listImports(imports, body);
      case 'GetImport': {
        const found = imports.find((row) => row.id === body.ImportId);
        return found ? this.ok(wire(found)) : awsError(404, 'ImportNotFoundException', 'Import not found');
      }
      case 'ListEventDataStores':
        return this.ok({ EventDataStores: this.stores.map((s) => ({ EventDataStoreArn: s.arn, Name: s.name })) });
      case 'GetEventDataStore': {
        const store = this.stores.find((s) => s.arn === body.EventDataStore);
        return store
          ? this.ok({ EventDataStoreArn: store.arn, Name: store.name })
          : awsError(404, 'EventDataStoreNotFoundException', 'No such event data store');
      }
      default:
        return awsError(400, 'UnknownOperationException', `Unknown operation ${operation}`);
    }
  }

  private listImports(imports: ImportRow[], body: Record<string, unknown>): Response {
    const filterKey = `${String(body.ImportStatus ?? '')}|${String(body.Destination ?? '')}`;
    const size = typeof body.MaxResults === 'number' ? body.MaxResults : 50;
    let start = 0;
    if (typeof body.NextToken === 'string') {
      const [key, offset] = body.NextToken.split('@');
      if (key !== filterKey) return awsError(400, 'InvalidNextTokenException', 'Token does not match the request');
      start = Number(offset);
    }
    const matching = imports
      .filter((row) => !body.ImportStatus || row.status === body.ImportStatus)
      .filter((row) => !body.Destination || row.destinations.includes(String(body.Destination)))
      .sort((a, b) => b.created - a.created);
    const end = start + size;
    return this.ok({
      Imports: matching.slice(start, end).map(wire),
      ...(end < matching.length ? { NextToken: `${filterKey}@${end}` } : {}),
    });
  }

  private ok(payload: object): Response {
    this.requestCount += 1;
    return new Response(JSON.stringify(payload), {
      status: 200,
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': `req-${this.requestCount}` },
    });
  }
}

export function awsError(status: number, type: string, message: string, requestId = 'req-error'): Response {
  return new Response(JSON.stringify({ __type: type, Message: message }), {
    status,
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amzn-requestid': requestId,
      'x-amzn-errortype': type,
    },
  });
}

function wire(row: ImportRow) {
  return {
    ImportId: row.id,
    ImportStatus: row.status,
    Destinations: row.destinations,
    CreatedTimestamp: row.created / 1000,
    UpdatedTimestamp: row.updated / 1000,
  };
}

export const STORE_A: FakeStore = {
  arn: 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/aaaaaaaa-1111-4111-8111-111111111111',
  name: 'security-lake',
};
export const STORE_B: FakeStore = {
  arn: 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/bbbbbbbb-2222-4222-8222-222222222222',
  name: 'audit-archive',
};

export function makeImport(index: number, overrides: Partial<ImportRow> = {}): ImportRow {
  const created = Date.UTC(2026, 10, 1) + index * 60_000;
  const hex = index.toString(16).padStart(12, '0');
  return {
    ...FAKE_SOURCE,
    id: `00000000-0000-4000-8000-${hex}`,
    status: 'COMPLETED',
    destinations: [index % 2 === 0 ? STORE_A.arn : STORE_B.arn],
    created,
    updated: created + 30_000,
    ...overrides,
  };
}

// Credential=ACCOUNT/DATE/REGION/cloudtrail/aws4_request: the client signs with the account as its key.
function sourceOf(headers: Headers): SourceRef {
  const scope = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\//.exec(headers.get('authorization') ?? '');
  return scope ? { account: scope[1], region: scope[2] } : FAKE_SOURCE;
}
