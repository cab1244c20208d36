import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { DashboardStack } from './dashboard-stack.ts';
import type { DeploySettings } from './settings.ts';

export interface Acknowledgement {
  id: string;
  reason: string;
}

/** Every cdk-nag finding this stack keeps, each on the one construct it concerns, with why. */
export function acknowledgeFindings(stack: DashboardStack, settings: DeploySettings): void {
  const role = stack.server.function.role;
  if (role !== undefined) acknowledge(role, roleAcknowledgements(settings));
  acknowledge(stack.edge.logBucket, [{
    id: 'AwsSolutions-S1',
    reason: 'This bucket receives the distribution\'s access logs; logging its own access would log into itself.',
  }]);
  acknowledge(stack.edge.distribution, [
    {
      id: 'AwsSolutions-CFR4',
      reason: 'The distribution has no custom domain, so it serves the cloudfront.net certificate, whose policy AWS fixes; '
        + 'browsers negotiate TLS 1.2 or 1.3 with it, and viewers are redirected to HTTPS.',
    },
    {
      id: 'AwsSolutions-CFR1',
      reason: 'A team may sign in from any country; every request needs a Cognito sign-in with MFA.',
    },
    ...(settings.webAclArn === undefined ? [{
      id: 'AwsSolutions-CFR2',
      reason: 'A web ACL costs at least 6 USD a month at idle and every request must already be signed in; '
        + 'deploy with -c webAclArn=ARN to put one in front.',
    }] : []),
  ]);
}

function roleAcknowledgements(settings: DeploySettings): Acknowledgement[] {
  const wildcard = 'AwsSolutions-IAM5[Resource::*]';
  const list: Acknowledgement[] = [
    {
      id: wildcard,
      reason: 'CloudTrail\'s import actions and ListEventDataStores (and StartImport, StopImport, organizations:ListAccounts, '
        + 'DescribeOrganization when chosen) support no resource-level permissions: the Service Authorization Reference '
        + 'lists no resource type for them, so "*" is the only resource IAM accepts.',
    },
    {
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:cloudtrail:*:<AWS::AccountId>:eventdatastore/*]`,
      reason: 'The page names the destination of any import, so it may read the name of any event data store of this account, in any region it shows.',
    },
  ];
  if (settings.memberRoleName !== undefined) {
    list.push({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:iam::*:role/${settings.memberRoleName}]`,
      reason: 'The organization view reads every member account through the role of this one name, in whichever accounts the organization has.',
    });
  }
  if (settings.readWrite && settings.importRole.includes('*')) {
    list.push({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:iam::<AWS::AccountId>:role/${settings.importRole}]`,
      reason: 'The import roles are chosen by path; PassRole is further limited to passing them to CloudTrail.',
    });
  }
  return list;
}

function acknowledge(scope: IConstruct, acknowledgements: Acknowledgement[]): void {
  Validations.of(scope).acknowledge(...acknowledgements);
}
