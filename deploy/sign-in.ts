import { Aws, CfnResource, Duration, Fn, RemovalPolicy, SecretValue } from 'aws-cdk-lib';
import {
  AccountRecovery, FeaturePlan, Mfa, ProviderAttribute, StandardThreatProtectionMode, UserPool, UserPoolDomain,
  UserPoolIdentityProviderOidc, UserPoolIdentityProviderSaml, UserPoolIdentityProviderSamlMetadata, type IUserPoolIdentityProvider,
} from 'aws-cdk-lib/aws-cognito';
import { PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { CALLBACK_PATH, SIGNED_OUT_PATH } from '../server/lambda-sign-in.ts';
import { LOG_RETENTION } from './dashboard-function.ts';
import type { DeploySettings } from './settings.ts';

// Until the distribution exists; the callback registration then writes the real URLs.
const NOT_YET_KNOWN = 'https://example.invalid';

/** The app client exactly as Cognito's API and CloudFormation both spell it. */
export interface AppClientSettings {
  ClientName: string;
  AllowedOAuthFlowsUserPoolClient: boolean;
  AllowedOAuthFlows: string[];
  AllowedOAuthScopes: string[];
  CallbackURLs: string[];
  LogoutURLs: string[];
  SupportedIdentityProviders: string[];
  ExplicitAuthFlows: string[];
  PreventUserExistenceErrors: string;
  EnableTokenRevocation: boolean;
  AccessTokenValidity: number;
  IdTokenValidity: number;
  RefreshTokenValidity: number;
  TokenValidityUnits: { AccessToken: string; IdToken: string; RefreshToken: string };
}

/** Cognito users (invited by an administrator, MFA required), or one SAML or OIDC identity provider. */
export class SignIn extends Construct {
  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;
  readonly clientId: string;
  readonly identityProviderName?: string;
  private readonly providers: string[];

  constructor(scope: Construct, id: string, settings: DeploySettings) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Users', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12, requireLowercase: true, requireUppercase: true, requireDigits: true, requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      userInvitation: {
        emailSubject: 'Your sign-in to the CloudTrail Lake imports dashboard',
        emailBody: 'Sign in with {username} and the temporary password {####} at the dashboard address you were given. You will set a new password and an authenticator app.',
      },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const prefix = settings.signInDomainPrefix ?? Fn.join('-', [settings.stackName.toLowerCase(), Aws.ACCOUNT_ID]);
    this.domain = this.userPool.addDomain('Domain', { cognitoDomain: { domainPrefix: prefix } });
    const provider = settings.identityProvider === undefined ? undefined : this.addProvider(settings);
    this.identityProviderName = provider?.providerName;
    this.providers = provider === undefined ? ['COGNITO'] : [provider.providerName];
    const client = new CfnResource(this, 'AppClient', {
      type: 'AWS::Cognito::UserPoolClient',
      properties: { UserPoolId: this.userPool.userPoolId, ...this.appClient(NOT_YET_KNOWN) },
    });
    if (provider !== undefined) client.node.addDependency(provider);
    this.clientId = client.ref;
  }

  /** A public client: the authorization code flow with PKCE; sessions last a working day. */
  appClient(origin: string): AppClientSettings {
    return {
      ClientName: 'imports-dashboard',
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid'],
      CallbackURLs: [`${origin}${CALLBACK_PATH}`],
      LogoutURLs: [`${origin}${SIGNED_OUT_PATH}`],
      SupportedIdentityProviders: this.providers,
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
      AccessTokenValidity: 8,
      IdTokenValidity: 8,
      RefreshTokenValidity: 8,
      TokenValidityUnits: { AccessToken: 'hours', IdToken: 'hours', RefreshToken: 'hours' },
    };
  }

  /**
   * Cognito accepts only callback URLs registered exactly, and the distribution's name exists only
   * once the distribution does, which needs the function, which needs this client: so the client
   * starts with a placeholder and this call, after the distribution, writes the real URLs. It
   * restates every setting (UpdateUserPoolClient resets what it is not given), and reruns whenever
   * any of them change.
   */
  registerOrigin(domainName: string): AwsCustomResource {
    const call = {
      service: 'CognitoIdentityServiceProvider',
      action: 'updateUserPoolClient',
      parameters: { UserPoolId: this.userPool.userPoolId, ClientId: this.clientId, ...this.appClient(`https://${domainName}`) },
      physicalResourceId: PhysicalResourceId.of(this.clientId),
    };
    const logGroup = new LogGroup(this, 'RegisterOriginLog', { retention: LOG_RETENTION, removalPolicy: RemovalPolicy.DESTROY });
    // Its own role rather than the AWS managed AWSLambdaBasicExecutionRole: its log group, and this one call.
    const role = new Role(this, 'RegisterOriginRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      inlinePolicies: {
        Logs: new PolicyDocument({
          statements: [new PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] })],
        }),
      },
    });
    return new AwsCustomResource(this, 'RegisterOrigin', {
      onCreate: call,
      onUpdate: call,
      policy: AwsCustomResourcePolicy.fromSdkCalls({ resources: [this.userPool.userPoolArn] }),
      role,
      installLatestAwsSdk: false,
      logGroup,
    });
  }

  private addProvider(settings: DeploySettings): IUserPoolIdentityProvider {
    const provider = settings.identityProvider;
    if (provider?.kind === 'saml') {
      return new UserPoolIdentityProviderSaml(this, 'Saml', {
        userPool: this.userPool, name: provider.name, metadata: UserPoolIdentityProviderSamlMetadata.url(provider.metadataUrl),
        attributeMapping: { email: ProviderAttribute.other('email') },
      });
    }
    if (provider?.kind !== 'oidc') throw new RangeError('No identity provider to add');
    return new UserPoolIdentityProviderOidc(this, 'Oidc', {
      userPool: this.userPool, name: provider.name, issuerUrl: provider.issuer, clientId: provider.clientId,
      // A dynamic reference: CloudFormation reads the secret at deploy time, the template never holds it.
      clientSecret: SecretValue.secretsManager(provider.clientSecretName).unsafeUnwrap(),
      scopes: ['openid', 'email'],
      attributeMapping: { email: ProviderAttribute.other('email') },
    });
  }
}
