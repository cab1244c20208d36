import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { sendAwsError } from '../server/aws-error.ts';
import type { TestKey } from './sigv4-check.ts';

export interface FakeOrganizationAccount {
  id: string;
  name: string;
  /** ACTIVE unless said otherwise. */
  state?: 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE' | 'CLOSED';
}

export interface FakeOrganization {
  managementAccount: string;
  accounts: FakeOrganizationAccount[];
  /** ListAccounts page size, small so that callers must follow NextToken. */
  pageSize?: number;
}

/** One Organizations call that passed the signature check. */
export interface OrganizationsCall {
  operation: string;
  account: string;
}

const ORGANIZATION_ID = 'o-fake0example';
const TARGET = /^AWSOrganizationsV20161128\.(\w+)$/;

/** ListAccounts and DescribeOrganization (awsJson1_1), answered only to the management account as AWS does. */
export function answerOrganizations(
  organization: FakeOrganization | undefined, caller: TestKey, target: string, body: string, res: ServerResponse, calls: OrganizationsCall[],
): void {
  const operation = TARGET.exec(target)?.[1] ?? '';
  calls.push({ operation, account: caller.account });
  if (organization === undefined) {
    return sendAwsError(res, 400, 'AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.');
  }
  if (caller.account !== organization.managementAccount) {
    return sendAwsError(res, 403, 'AccessDeniedException', 'You don\'t have permissions to access this resource.');
  }
  const arn = `arn:aws:organizations::${organization.managementAccount}:organization/${ORGANIZATION_ID}`;
  if (operation === 'DescribeOrganization') {
    return sendJson(res, {
      Organization: { Id: ORGANIZATION_ID, Arn: arn, FeatureSet: 'ALL', MasterAccountId: organization.managementAccount },
    });
  }
  if (operation !== 'ListAccounts') return sendAwsError(res, 400, 'UnknownOperationException', `Not faked: ${target}`);
  const request: unknown = JSON.parse(body || '{}');
  const token = typeof request === 'object' && request !== null ? Reflect.get(request, 'NextToken') : undefined;
  const start = typeof token === 'string' ? Number(token) : 0;
  const size = organization.pageSize ?? 20;
  const page = organization.accounts.slice(start, start + size).map((account) => ({
    Id: account.id,
    Arn: `arn:aws:organizations::${organization.managementAccount}:account/${ORGANIZATION_ID}/${account.id}`,
    Email: `${account.name}@example.com`,
    Name: account.name,
    Status: account.state === 'PENDING_CLOSURE' || account.state === 'CLOSED' ? 'PENDING_CLOSURE' : account.state ?? 'ACTIVE',
    State: account.state ?? 'ACTIVE',
    JoinedMethod: account.id === organization.managementAccount ? 'CREATED' : 'INVITED',
    JoinedTimestamp: 1_700_000_000,
  }));
  const next = start + size < organization.accounts.length ? { NextToken: String(start + size) } : {};
  sendJson(res, { Accounts: page, ...next });
}

function sendJson(res: ServerResponse, body: object): void {
  res.writeHead(200, { 'Content-Type': 'application/x-amz-json-1.1', 'x-amzn-RequestId': randomUUID() }).end(JSON.stringify(body));
}
