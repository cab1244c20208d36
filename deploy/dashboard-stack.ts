import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { acknowledgeFindings } from './acknowledgements.ts';
import { DashboardFunction } from './dashboard-function.ts';
import { Edge } from './edge.ts';
import { SignIn } from './sign-in.ts';
import type { DeploySettings } from './settings.ts';

export interface DashboardStackProps extends StackProps {
  /** The built page to ship with the function; dist/ by default. */
  pageDir?: string;
}

/** The dashboard for a team: CloudFront, a signed-in gate and the `--aws` server on Lambda. */
export class DashboardStack extends Stack {
  readonly signIn: SignIn;
  readonly server: DashboardFunction;
  readonly edge: Edge;

  constructor(scope: Construct, settings: DeploySettings, { pageDir, ...props }: DashboardStackProps = {}) {
    super(scope, settings.stackName, {
      description: `CloudTrail Lake imports dashboard for a team (${settings.readWrite ? 'read-write' : 'read-only'})`,
      ...props,
    });
    this.signIn = new SignIn(this, 'SignIn', settings);
    this.server = new DashboardFunction(this, 'Dashboard', settings, {
      userPoolId: this.signIn.userPool.userPoolId,
      clientId: this.signIn.clientId,
      domain: this.signIn.domain.baseUrl(),
      identityProvider: this.signIn.identityProviderName,
    }, pageDir);
    this.edge = new Edge(this, 'Edge', this.server.function, settings.webAclArn);
    acknowledgeFindings(this, settings);
    this.signIn.registerOrigin(this.edge.distribution.distributionDomainName);
    new CfnOutput(this, 'Url', { value: `https://${this.edge.distribution.distributionDomainName}/`, description: 'The dashboard' });
    new CfnOutput(this, 'UserPoolId', { value: this.signIn.userPool.userPoolId, description: 'Add users here' });
    const role = this.server.function.role;
    if (role !== undefined) new CfnOutput(this, 'ExecutionRoleArn', { value: role.roleArn, description: 'Member roles trust this role' });
    // What an identity provider asks for, known before one is configured.
    new CfnOutput(this, 'SamlAcsUrl', { value: `${this.signIn.domain.baseUrl()}/saml2/idpresponse`, description: 'SAML: the application ACS URL' });
    new CfnOutput(this, 'SamlAudience', { value: `urn:amazon:cognito:sp:${this.signIn.userPool.userPoolId}`, description: 'SAML: the application audience' });
    new CfnOutput(this, 'OidcRedirectUri', { value: `${this.signIn.domain.baseUrl()}/oauth2/idpresponse`, description: 'OIDC: the redirect URI' });
  }
}
