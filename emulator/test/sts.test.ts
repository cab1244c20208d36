import { ListEventDataStoresCommand } from '@aws-sdk/client-cloudtrail';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from './fixtures.ts';
import { NOW, startEmulator } from './harness.ts';
import { DATA, MANAGEMENT, PAYMENTS, SANDBOX, SECURITY, startOrganization, type OrganizationHarness } from './organization-harness.ts';

let h: OrganizationHarness;
const clients: STSClient[] = [];
beforeAll(async () => {
  h = await startOrganization();
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await h.close();
});

type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

function sts(credentials: Credentials | string, url = h.url): STSClient {
  const given = typeof credentials === 'string' ? { accessKeyId: credentials, secretAccessKey: 'not-a-secret' } : credentials;
  const client = new STSClient({ endpoint: url, region: 'us-east-1', credentials: given, maxAttempts: 1 });
  clients.push(client);
  return client;
}

const roleIn = (account: string, name = 'OrganizationAccountAccessRole') => `arn:aws:iam::${account}:role/${name}`;

async function assume(caller: Credentials | string, RoleArn: string, DurationSeconds?: number) {
  const output = await sts(caller).send(new AssumeRoleCommand({ RoleArn, RoleSessionName: 'dashboard-test', DurationSeconds }));
  const { AccessKeyId = '', SecretAccessKey = '', SessionToken } = output.Credentials ?? {};
  return { output, credentials: { accessKeyId: AccessKeyId, secretAccessKey: SecretAccessKey, sessionToken: SessionToken } };
}

describe('sts:GetCallerIdentity', () => {
  it('names the account in the access key ID, or the management account for a key without one', async () => {
    for (const [key, account] of [[`AKIA${PAYMENTS}XXXX`, PAYMENTS], [SANDBOX, SANDBOX], ['BROWSER', MANAGEMENT]] as const) {
      const identity = await sts(key).send(new GetCallerIdentityCommand({}));
      expect(identity).toMatchObject({
        Account: account,
        Arn: expect.stringMatching(new RegExp(`^arn:aws:sts::${account}:assumed-role/[\\w+=,.@-]+/[\\w+=,.@-]+$`)),
        UserId: expect.stringMatching(/^AROA[A-Z2-7]{17}:[\w+=,.@-]+$/),
      });
    }
  });

  it('answers an unknown account with InvalidClientTokenId, in STS words', async () => {
    const error = await failure(sts('AKIA999999999999XXXX').send(new GetCallerIdentityCommand({})));
    expect(error).toMatchObject({ name: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.', $metadata: { httpStatusCode: 403 } });
  });
});

describe('sts:AssumeRole', () => {
  it("returns credentials that carry the member's account, and route CloudTrail calls to it", async () => {
    const { output, credentials } = await assume('BROWSER', roleIn(DATA), 1800);
    expect(credentials.accessKeyId).toMatch(new RegExp(`^ASIA${DATA}[A-Z]{4}$`));
    expect(credentials.secretAccessKey).toHaveLength(40);
    expect(credentials.sessionToken?.length).toBeGreaterThan(100);
    expect(output.Credentials?.Expiration).toEqual(new Date(NOW + 1800_000));
    expect(output.AssumedRoleUser).toEqual({
      Arn: `arn:aws:sts::${DATA}:assumed-role/OrganizationAccountAccessRole/dashboard-test`,
      AssumedRoleId: expect.stringMatching(/^AROA[A-Z2-7]{17}:dashboard-test$/),
    });
    expect(await sts(credentials).send(new GetCallerIdentityCommand({}))).toMatchObject({
      Account: DATA,
      Arn: `arn:aws:sts::${DATA}:assumed-role/OrganizationAccountAccessRole/dashboard-test`,
      UserId: output.AssumedRoleUser?.AssumedRoleId,
    });
    const { EventDataStores = [] } = await h.cloudtrail(credentials.accessKeyId, 'eu-west-1').send(new ListEventDataStoresCommand({}));
    expect(EventDataStores.length).toBeGreaterThan(0);
    for (const store of EventDataStores) expect(store.EventDataStoreArn).toMatch(new RegExp(`^arn:aws:cloudtrail:eu-west-1:${DATA}:`));
  });

  it('works behind the SDK credential provider fromTemporaryCredentials', async () => {
    const provider = fromTemporaryCredentials({
      params: { RoleArn: roleIn(SECURITY, 'audit/CloudTrailReader'), RoleSessionName: 'provider' },
      masterCredentials: { accessKeyId: 'BROWSER', secretAccessKey: 'not-a-secret' },
      clientConfig: { endpoint: h.url, region: 'us-east-1' },
    });
    const credentials = await provider();
    expect(credentials.accessKeyId).toContain(SECURITY);
    const routed = h.cloudtrail(credentials.accessKeyId, 'us-east-1');
    const { EventDataStores = [] } = await routed.send(new ListEventDataStoresCommand({}));
    expect(EventDataStores[0]?.EventDataStoreArn).toContain(`:${SECURITY}:`);
  });

  it('limits a chained session to one hour', async () => {
    const { credentials } = await assume('BROWSER', roleIn(PAYMENTS), 43_200);
    const error = await failure(assume(credentials, roleIn(DATA), 7200));
    expect(error).toMatchObject({
      name: 'ValidationError',
      message: 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
      $metadata: { httpStatusCode: 400 },
    });
    const chained = await assume(credentials, roleIn(DATA), 3600);
    expect(chained.credentials.accessKeyId).toContain(DATA);
  });

  it.each([
    [899, 'greater than or equal to 900'],
    [43_201, 'less than or equal to 43200'],
  ])('refuses DurationSeconds %i', async (duration, reason) => {
    const error = await failure(assume('BROWSER', roleIn(DATA), duration));
    expect(error).toMatchObject({ name: 'ValidationError', message: expect.stringContaining(reason) });
  });

  it('denies a role in a denied account or in an account outside the organization, in STS words', async () => {
    for (const account of [SANDBOX, '999999999999']) {
      const error = await failure(assume(`AKIA${MANAGEMENT}XXXX`, roleIn(account)));
      expect(error).toMatchObject({
        name: 'AccessDenied',
        message: `User: arn:aws:sts::${MANAGEMENT}:assumed-role/CloudTrailLakeDashboard/dashboard is not authorized to perform: sts:AssumeRole on resource: ${roleIn(account)}`,
        $metadata: { httpStatusCode: 403 },
      });
    }
  });

  it('refuses a malformed role ARN or session name', async () => {
    expect(await failure(assume('BROWSER', 'arn:aws:iam::12345:role/Short'))).toMatchObject({ name: 'ValidationError' });
    const badSession = sts('BROWSER').send(new AssumeRoleCommand({ RoleArn: roleIn(DATA), RoleSessionName: 'has space' }));
    expect(await failure(badSession)).toMatchObject({ name: 'ValidationError', message: expect.stringContaining("'roleSessionName'") });
  });
});

describe('the awsQuery protocol', () => {
  it('answers an unknown Action with InvalidAction in the XML error shape', async () => {
    const response = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: 'Action=GetSessionToken&Version=2011-06-15',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/xml');
    expect(await response.text()).toMatch(
      /^<ErrorResponse xmlns="https:\/\/sts\.amazonaws\.com\/doc\/2011-06-15\/"><Error><Type>Sender<\/Type><Code>InvalidAction<\/Code><Message>[^<]+<\/Message><\/Error><RequestId>[0-9a-f-]{36}<\/RequestId><\/ErrorResponse>$/,
    );
  });

  it('is not served without an organization', async () => {
    const plain = await startEmulator({ imports: 1 });
    try {
      const error = await failure(sts('BROWSER', plain.url).send(new GetCallerIdentityCommand({})));
      expect(error).toMatchObject({ $metadata: { httpStatusCode: 404 } });
    } finally {
      await plain.close();
    }
  });
});
