import { ListAccountsCommand, OrganizationsClient, paginateListAccounts, type Account } from '@aws-sdk/client-organizations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOrganization } from '../index.ts';
import { failure } from './fixtures.ts';
import { post, startEmulator, type Harness } from './harness.ts';
import { DATA, MANAGEMENT, SANDBOX, startOrganization, type OrganizationHarness } from './organization-harness.ts';

let h: OrganizationHarness;
const clients: OrganizationsClient[] = [];
beforeAll(async () => {
  h = await startOrganization();
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await h.close();
});

// Organizations is a global service; the SDK signs its requests for us-east-1.
function organizations(accessKeyId: string, url = h.url): OrganizationsClient {
  const client = new OrganizationsClient({
    endpoint: url,
    region: 'us-east-1',
    credentials: { accessKeyId, secretAccessKey: 'not-a-secret' },
    maxAttempts: 1,
  });
  clients.push(client);
  return client;
}

async function allAccounts(client: OrganizationsClient, pageSize?: number): Promise<Account[]> {
  const accounts: Account[] = [];
  for await (const page of paginateListAccounts({ client, pageSize }, {})) accounts.push(...(page.Accounts ?? []));
  return accounts;
}

describe('organizations:ListAccounts', () => {
  it('lists every account of the organization to the management account, with the fields AWS sends', async () => {
    const accounts = await allAccounts(organizations('BROWSER'));
    expect(accounts.map((account) => [account.Id, account.Name])).toEqual(demoOrganization().accounts.map((account) => [account.id, account.name]));
    for (const account of accounts) {
      expect(account).toEqual({
        Id: expect.stringMatching(/^\d{12}$/),
        Arn: `arn:aws:organizations::${MANAGEMENT}:account/o-7k2m9x4q1p/${account.Id}`,
        Email: expect.stringMatching(/^[^@\s]+@[^@\s]+\.[a-z]+$/),
        Name: expect.any(String),
        Status: 'ACTIVE',
        State: 'ACTIVE',
        JoinedMethod: expect.stringMatching(/^(CREATED|INVITED)$/),
        JoinedTimestamp: expect.any(Date),
      });
    }
    expect(accounts.find((account) => account.Id === SANDBOX)?.JoinedMethod).toBe('INVITED');
  });

  it('pages with NextToken and MaxResults from 1 to 20', async () => {
    const client = organizations(`AKIA${MANAGEMENT}XXXX`);
    const first = await client.send(new ListAccountsCommand({ MaxResults: 2 }));
    expect(first.Accounts).toHaveLength(2);
    expect(first.NextToken).toEqual(expect.any(String));
    expect(await allAccounts(client, 2)).toEqual(await allAccounts(client, 20));
    for (const MaxResults of [0, 21]) {
      const error = await failure(client.send(new ListAccountsCommand({ MaxResults })));
      expect(error).toMatchObject({ name: 'InvalidInputException', Reason: MaxResults === 0 ? 'MIN_VALUE_EXCEEDED' : 'MAX_VALUE_EXCEEDED' });
    }
    const bad = await failure(client.send(new ListAccountsCommand({ NextToken: 'not-a-token' })));
    expect(bad).toMatchObject({ name: 'InvalidInputException', Reason: 'INVALID_PAGINATION_TOKEN', $metadata: { httpStatusCode: 400 } });
  });

  it('denies a member account, as AWS does without a delegated administrator', async () => {
    for (const account of [DATA, SANDBOX]) {
      const error = await failure(organizations(account).send(new ListAccountsCommand({})));
      expect(error).toMatchObject({
        name: 'AccessDeniedException',
        message: "You don't have permissions to access this resource.",
        $metadata: { httpStatusCode: 403 },
      });
    }
  });

  it('answers an unknown account like an unknown key', async () => {
    const error = await failure(organizations('999999999999').send(new ListAccountsCommand({})));
    expect(error).toMatchObject({ name: 'UnrecognizedClientException', $metadata: { httpStatusCode: 400 } });
  });

  it('is not served without an organization', async () => {
    const plain: Harness = await startEmulator({ imports: 1 });
    try {
      const response = await post(plain.url, 'ListAccounts', {}, { 'x-amz-target': 'AWSOrganizationsV20161128.ListAccounts' });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        __type: 'UnknownOperationException',
        Message: 'Unknown operation: AWSOrganizationsV20161128.ListAccounts.',
      });
    } finally {
      await plain.close();
    }
  });

  it('answers other Organizations operations with UnknownOperationException', async () => {
    const response = await post(h.url, 'DescribeOrganization', {}, { 'x-amz-target': 'AWSOrganizationsV20161128.DescribeOrganization' });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
  });
});
