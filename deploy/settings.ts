/** What `-c key=value` (or cdk.json's context) chooses for one deployment. */
export interface DeploySettings {
  stackName: string;
  /** StartImport and StopImport allowed, and iam:PassRole for the import role. Read-only by default. */
  readWrite: boolean;
  /** The role StartImport passes to CloudTrail: a name, or a path pattern such as cloudtrail-import/*. */
  importRole: string;
  /** The organization view: the role to assume in each member account. */
  memberRoleName?: string;
  /** CloudTrail regions; the stack's own region when not given. */
  regions?: string[];
  /** The Cognito domain prefix of the hosted sign-in pages, unique in the region. */
  signInDomainPrefix?: string;
  identityProvider?: SamlProvider | OidcProvider;
  /** An AWS WAF web ACL (scope CLOUDFRONT, made in us-east-1) to put in front of the distribution. */
  webAclArn?: string;
}

export interface SamlProvider {
  kind: 'saml';
  name: string;
  metadataUrl: string;
}

export interface OidcProvider {
  kind: 'oidc';
  name: string;
  issuer: string;
  clientId: string;
  /** A Secrets Manager secret holding the client secret, so it never appears in the template. */
  clientSecretName: string;
}

export type ContextReader = (key: string) => unknown;

export class DeploySettingsError extends Error {}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const ROLE_PATTERN = /^(?:[\w+=,.@-]+\/)*[\w+=,.@*-]{1,64}$/;
const DOMAIN_PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const PROVIDER_NAME = /^[\w\s-]{1,32}$/;
const WEB_ACL_ARN = /^arn:aws[a-z-]*:wafv2:us-east-1:\d{12}:global\/webacl\/[\w-]+\/[\w-]+$/;

export function deploySettingsFrom(context: ContextReader): DeploySettings {
  const text = (key: string) => optionalText(context, key);
  const settings: DeploySettings = {
    stackName: text('stackName') ?? 'CloudTrailImportsDashboard',
    readWrite: flag(context, 'readWrite'),
    importRole: matching('importRole', text('importRole') ?? 'CloudTrailLakeImportRole', ROLE_PATTERN),
  };
  const memberRoleName = text('memberRoleName');
  if (memberRoleName !== undefined) settings.memberRoleName = matching('memberRoleName', memberRoleName, ROLE_NAME);
  const regions = text('regions');
  if (regions !== undefined) settings.regions = regions.split(',').map((region) => matching('regions', region.trim(), REGION));
  const prefix = text('signInDomainPrefix');
  if (prefix !== undefined) settings.signInDomainPrefix = matching('signInDomainPrefix', prefix, DOMAIN_PREFIX);
  const webAclArn = text('webAclArn');
  if (webAclArn !== undefined) settings.webAclArn = matching('webAclArn', webAclArn, WEB_ACL_ARN);
  const provider = identityProvider(text);
  if (provider !== undefined) settings.identityProvider = provider;
  return settings;
}

function identityProvider(text: (key: string) => string | undefined): SamlProvider | OidcProvider | undefined {
  const metadataUrl = text('samlMetadataUrl');
  const issuer = text('oidcIssuer');
  if (metadataUrl !== undefined && issuer !== undefined) throw new DeploySettingsError('Give samlMetadataUrl or oidcIssuer, not both');
  const name = matching('identityProviderName', text('identityProviderName') ?? 'IdentityCenter', PROVIDER_NAME);
  if (metadataUrl !== undefined) return { kind: 'saml', name, metadataUrl: httpsUrl('samlMetadataUrl', metadataUrl) };
  if (issuer === undefined) return undefined;
  const clientId = text('oidcClientId');
  const clientSecretName = text('oidcClientSecretName');
  if (clientId === undefined || clientSecretName === undefined) {
    throw new DeploySettingsError('oidcIssuer needs oidcClientId and oidcClientSecretName (a Secrets Manager secret with the client secret)');
  }
  return { kind: 'oidc', name, issuer: httpsUrl('oidcIssuer', issuer), clientId, clientSecretName };
}

function optionalText(context: ContextReader, key: string): string | undefined {
  const value = context(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new DeploySettingsError(`-c ${key} must be text, not ${JSON.stringify(value)}`);
  return value.trim();
}

// `-c readWrite=true` arrives as text, cdk.json and tests may give a boolean.
function flag(context: ContextReader, key: string): boolean {
  const value = context(key);
  if (value === undefined || value === false || value === 'false') return false;
  if (value === true || value === 'true') return true;
  throw new DeploySettingsError(`-c ${key} must be true or false, not ${JSON.stringify(value)}`);
}

function matching(key: string, value: string, pattern: RegExp): string {
  if (!pattern.test(value)) throw new DeploySettingsError(`-c ${key}: "${value}" is not a valid value`);
  return value;
}

function httpsUrl(key: string, value: string): string {
  if (!URL.canParse(value) || new URL(value).protocol !== 'https:') throw new DeploySettingsError(`-c ${key} must be an https URL`);
  return value;
}
