import { CfnElement } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { at, readmePolicies, resolved, synthesize, type Json, type Synthesized } from './synthesize.ts';

// One synthesis per configuration, shared by every assertion on it.
const readOnly = synthesize({});
const readWrite = synthesize({
  readWrite: 'true', memberRoleName: 'ImportsDashboardReader', regions: 'eu-west-1,us-east-1',
  samlMetadataUrl: 'https://portal.sso.eu-west-1.amazonaws.com/saml/metadata/ExampleApp',
});
const configurations = [['read-only', readOnly], ['read-write organization view', readWrite]] as const;

/** The resources of one type, as [logical ID, properties]. */
function resources(synthesized: Synthesized, type: string): [string, Json | undefined][] {
  return Object.entries(synthesized.template.findResources(type)).map(([id, resource]) => [id, at(resource, 'Properties')]);
}

function logicalId(synthesized: Synthesized, construct: IConstruct | undefined): string {
  const element = construct?.node.defaultChild;
  if (!(element instanceof CfnElement)) throw new Error('No CloudFormation resource there');
  return synthesized.stack.getLogicalId(element);
}

function propertiesOf(synthesized: Synthesized, construct: IConstruct | undefined): Json | undefined {
  return at(synthesized.template.toJSON(), 'Resources', logicalId(synthesized, construct), 'Properties');
}

/** The function role's inline policies, by name, as text with account 111122223333 filled in. */
function rolePolicies(synthesized: Synthesized): Record<string, Json> {
  const policies = at(propertiesOf(synthesized, synthesized.stack.server.function.role), 'Policies');
  if (!Array.isArray(policies)) throw new Error('The function role has no inline policies');
  return Object.fromEntries(policies.map((policy) => [String(at(policy, 'PolicyName')), resolved(at(policy, 'PolicyDocument'))]));
}

function serverEnvironment(synthesized: Synthesized): Json | undefined {
  return at(propertiesOf(synthesized, synthesized.stack.server.function), 'Environment', 'Variables');
}

function serverArgs(synthesized: Synthesized): unknown {
  return JSON.parse(String(at(serverEnvironment(synthesized), 'DASHBOARD_SERVER_ARGS')));
}

describe('the function execution role', () => {
  it('holds exactly the README read-only policy when read-only', () => {
    expect(rolePolicies(readOnly).Dashboard).toEqual(readmePolicies().readOnly);
  });

  it('holds the README read-write policy, and the organization view\'s, when read-write with a member role', () => {
    const { Version, Statement } = readmePolicies().readWrite;
    expect(rolePolicies(readWrite).Dashboard).toEqual({
      Version,
      Statement: [
        ...Statement,
        { Sid: 'ListOrganizationAccounts', Effect: 'Allow', Action: ['organizations:ListAccounts', 'organizations:DescribeOrganization'], Resource: '*' },
        { Sid: 'AssumeTheMemberRole', Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::*:role/ImportsDashboardReader' },
      ],
    });
  });

  it.each(configurations)('may otherwise only write to its own log group (%s)', (_name, synthesized) => {
    const { role } = synthesized.stack.server.function;
    expect(Object.keys(rolePolicies(synthesized))).toEqual(['Dashboard', 'Logs']);
    expect(rolePolicies(synthesized).Logs).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: expect.stringMatching(/^<DashboardLog\w+\.Arn>$/) }],
    });
    expect(propertiesOf(synthesized, role)).not.toHaveProperty('ManagedPolicyArns');
    const roleId = logicalId(synthesized, role);
    expect(resources(synthesized, 'AWS::IAM::Policy').filter(([, policy]) => JSON.stringify(policy).includes(roleId))).toEqual([]);
  });

  it('gives the server the flags that match the role', () => {
    expect(serverArgs(readOnly)).toEqual(['--read-only']);
    expect(serverArgs(readWrite)).toEqual(['--regions', 'eu-west-1,us-east-1', '--org', '--member-role-name', 'ImportsDashboardReader']);
  });
});

describe.each(configurations)('the %s deployment', (_name, synthesized) => {
  const { template } = synthesized;

  it('serves viewers over HTTPS only, with HSTS, and reaches the function over TLS 1.2', () => {
    template.resourceCountIs('AWS::CloudFront::Distribution', 1);
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https' }),
        CacheBehaviors: Match.absent(),
        Origins: [Match.objectLike({ CustomOriginConfig: Match.objectLike({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] }) })],
      }),
    });
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({ StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: 31_536_000, Override: true }) }),
      }),
    });
  });

  it('lets only this distribution call the function, and signs every call with origin access control', () => {
    template.resourceCountIs('AWS::Lambda::Url', 1);
    template.hasResourceProperties('AWS::Lambda::Url', { AuthType: 'AWS_IAM' });
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: Match.objectLike({ OriginAccessControlOriginType: 'lambda', SigningBehavior: 'always', SigningProtocol: 'sigv4' }),
    });
    const permissions = resources(synthesized, 'AWS::Lambda::Permission');
    expect(permissions.length).toBeGreaterThan(0);
    const distribution = resources(synthesized, 'AWS::CloudFront::Distribution')[0][0];
    for (const [, permission] of permissions) {
      expect(resolved(permission)).toMatchObject({
        Principal: 'cloudfront.amazonaws.com', SourceArn: `arn:aws:cloudfront::111122223333:distribution/<Ref ${distribution}>`,
      });
    }
  });

  it('forwards what the dashboard needs to the function, never the viewer\'s Host', () => {
    template.hasResourceProperties('AWS::CloudFront::OriginRequestPolicy', {
      OriginRequestPolicyConfig: Match.objectLike({
        HeadersConfig: {
          HeaderBehavior: 'whitelist',
          Headers: ['origin', 'content-type', 'x-amz-target', 'x-amz-content-sha256', 'x-dashboard-public-host', 'x-dashboard-viewer-authorization'],
        },
      }),
    });
    template.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: Match.objectLike({
        DefaultTTL: 0,
        ParametersInCacheKeyAndForwardedToOrigin: Match.objectLike({
          CookiesConfig: { CookieBehavior: 'whitelist', Cookies: ['__Host-imports-dashboard-session', '__Host-imports-dashboard-sign-in'] },
          EnableAcceptEncodingGzip: true,
        }),
      }),
    });
  });

  it('makes nothing public: every bucket blocks public access and the only statement for everyone denies plain HTTP', () => {
    for (const [, bucket] of resources(synthesized, 'AWS::S3::Bucket')) {
      expect(at(bucket, 'PublicAccessBlockConfiguration')).toEqual({
        BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true,
      });
    }
    for (const [, policy] of resources(synthesized, 'AWS::S3::BucketPolicy')) {
      const statements = at(policy, 'PolicyDocument', 'Statement');
      expect(Array.isArray(statements) && statements.length > 0).toBe(true);
      for (const statement of Array.isArray(statements) ? statements : []) {
        expect(statement).toMatchObject({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
      }
    }
  });

  it('enforces sign-in: invited users only, with MFA, the code flow, and the callback on this distribution', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: true }), MfaConfiguration: 'ON',
    });
    const [[clientId, client]] = resources(synthesized, 'AWS::Cognito::UserPoolClient');
    expect(client).toMatchObject({ AllowedOAuthFlows: ['code'], AllowedOAuthScopes: ['openid'] });
    expect(client).not.toHaveProperty('GenerateSecret');
    expect(serverEnvironment(synthesized)).toMatchObject({ DASHBOARD_USER_POOL_CLIENT_ID: { Ref: clientId } });
    // The real callback replaces the placeholder once the distribution exists, every other setting restated.
    const [[, registration]] = resources(synthesized, 'Custom::AWS');
    const update = JSON.parse(String(resolved(at(registration, 'Update'))));
    const distribution = resources(synthesized, 'AWS::CloudFront::Distribution')[0][0];
    expect(update).toMatchObject({ action: 'updateUserPoolClient' });
    const { ClientId, CallbackURLs, LogoutURLs, ...restated } = update.parameters;
    expect({ ClientId, CallbackURLs, LogoutURLs }).toEqual({
      ClientId: `<Ref ${clientId}>`,
      CallbackURLs: [`https://<${distribution}.DomainName>/auth/callback`],
      LogoutURLs: [`https://<${distribution}.DomainName>/auth/signed-out`],
    });
    expect({ ...restated, CallbackURLs: ['https://example.invalid/auth/callback'], LogoutURLs: ['https://example.invalid/auth/signed-out'] })
      .toEqual(resolved(client));
  });

  it('sets a retention on every log group, sends every function\'s log to one, and logs viewer requests', () => {
    const logGroups = resources(synthesized, 'AWS::Logs::LogGroup');
    for (const [, group] of logGroups) expect(at(group, 'RetentionInDays')).toBeGreaterThan(0);
    for (const [, fn] of resources(synthesized, 'AWS::Lambda::Function')) {
      expect(logGroups.map(([id]) => ({ Ref: id }))).toContainEqual(at(fn, 'LoggingConfig', 'LogGroup'));
    }
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({ Logging: { Bucket: { 'Fn::GetAtt': [Match.stringLikeRegexp('^EdgeAccessLogs'), 'RegionalDomainName'] }, Prefix: 'cloudfront/' } }),
    });
  });

  it('has no cdk-nag AwsSolutions finding left unacknowledged, and says why for each acknowledgement', () => {
    expect(synthesized.findings).toEqual([]);
    const acknowledgements = synthesized.stack.node.findAll().flatMap((construct) => construct.node.metadata)
      .filter((entry) => entry.type === 'aws:cdk:acknowledged-rules')
      .flatMap((entry): [string, unknown][] => Object.entries(entry.data));
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const [id, reason] of acknowledgements) expect({ id, reason }).toEqual({ id, reason: expect.stringMatching(/^\S.{39,}/) });
  });
});

describe('sign-in through an identity provider', () => {
  it('sends every user to that provider and offers no Cognito password sign-in', () => {
    readWrite.template.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', { ProviderName: 'IdentityCenter', ProviderType: 'SAML' });
    readWrite.template.hasResourceProperties('AWS::Cognito::UserPoolClient', { SupportedIdentityProviders: [{ Ref: Match.stringLikeRegexp('^SignInSaml') }] });
    expect(serverEnvironment(readWrite)).toMatchObject({ DASHBOARD_IDENTITY_PROVIDER: { Ref: expect.stringMatching(/^SignInSaml/) } });
    readOnly.template.hasResourceProperties('AWS::Cognito::UserPoolClient', { SupportedIdentityProviders: ['COGNITO'] });
  });
});

describe('sign-in through an OIDC provider', () => {
  const oidc = synthesize({ oidcIssuer: 'https://login.example.com', oidcClientId: 'dashboard', oidcClientSecretName: 'imports-dashboard/oidc' });

  it('reads the client secret from Secrets Manager at deploy time, so the template never holds it', () => {
    oidc.template.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      ProviderType: 'OIDC',
      ProviderDetails: Match.objectLike({
        client_id: 'dashboard', oidc_issuer: 'https://login.example.com',
        client_secret: '{{resolve:secretsmanager:imports-dashboard/oidc:SecretString:::}}',
      }),
    });
    expect(oidc.findings).toEqual([]);
  });
});
