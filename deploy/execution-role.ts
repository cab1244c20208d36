import { Aws } from 'aws-cdk-lib';
import { Effect, PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { ILogGroup } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { DeploySettings } from './settings.ts';

export const READ_ACTIONS = [
  'cloudtrail:ListImports', 'cloudtrail:GetImport', 'cloudtrail:ListImportFailures', 'cloudtrail:ListEventDataStores',
];
export const WRITE_ACTIONS = ['cloudtrail:StartImport', 'cloudtrail:StopImport'];
export const ORGANIZATION_ACTIONS = ['organizations:ListAccounts', 'organizations:DescribeOrganization'];

/** The README's read-only or read-write policy, word for word, for the function's own account. */
export function dashboardPolicy(settings: DeploySettings): PolicyDocument {
  const statements = [
    // CloudTrail's import actions and ListEventDataStores take no resource ARN.
    new PolicyStatement({ sid: 'ReadCloudTrailLakeImports', actions: READ_ACTIONS, resources: ['*'] }),
    new PolicyStatement({
      sid: 'ReadEventDataStoreNames', actions: ['cloudtrail:GetEventDataStore'],
      resources: [`arn:${Aws.PARTITION}:cloudtrail:*:${Aws.ACCOUNT_ID}:eventdatastore/*`],
    }),
  ];
  if (settings.readWrite) {
    statements.push(
      new PolicyStatement({ sid: 'StartAndStopImports', actions: WRITE_ACTIONS, resources: ['*'] }),
      new PolicyStatement({
        sid: 'PassTheImportRoleToCloudTrail', actions: ['iam:PassRole'],
        resources: [`arn:${Aws.PARTITION}:iam::${Aws.ACCOUNT_ID}:role/${settings.importRole}`],
        conditions: { StringEquals: { 'iam:PassedToService': 'cloudtrail.amazonaws.com' } },
      }),
    );
  }
  if (settings.memberRoleName !== undefined) {
    statements.push(
      // The server lists the organization's accounts, then reads each one through its member role.
      new PolicyStatement({ sid: 'ListOrganizationAccounts', actions: ORGANIZATION_ACTIONS, resources: ['*'] }),
      new PolicyStatement({
        sid: 'AssumeTheMemberRole', actions: ['sts:AssumeRole'],
        resources: [`arn:${Aws.PARTITION}:iam::*:role/${settings.memberRoleName}`],
      }),
    );
  }
  return new PolicyDocument({ statements });
}

/** No AWS managed policy: the dashboard's policy, and writing to its own log group. */
export function createExecutionRole(scope: Construct, settings: DeploySettings, logGroup: ILogGroup): Role {
  return new Role(scope, 'ExecutionRole', {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    description: `CloudTrail Lake imports dashboard, ${settings.readWrite ? 'read-write' : 'read-only'}`,
    inlinePolicies: {
      Dashboard: dashboardPolicy(settings),
      Logs: new PolicyDocument({
        statements: [new PolicyStatement({
          effect: Effect.ALLOW, actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn],
        })],
      }),
    },
  });
}
