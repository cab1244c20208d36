const WAYS_TO_PROVIDE = [
  'Provide credentials in any way the AWS CLI accepts, then start again:',
  '  - an SSO profile: aws configure sso, then aws sso login --profile NAME,',
  '    then npm start -- --aws --profile NAME',
  '  - a profile in ~/.aws/credentials or ~/.aws/config: --profile NAME or AWS_PROFILE=NAME',
  '  - environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (plus AWS_SESSION_TOKEN',
  '    for temporary credentials)',
  '  - a web identity token (AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN), a container role or an',
  '    instance role',
].join('\n');

export function noCredentialsHelp(profile: string | undefined, error: unknown): string {
  const source = profile === undefined ? 'the default credential chain' : `profile "${profile}"`;
  const check = profile === undefined ? '' : `Check that [profile ${profile}] is in ~/.aws/config or [${profile}] in ~/.aws/credentials.\n`;
  return `No usable AWS credentials from ${source}: ${reasonOf(error)}\n${check}${WAYS_TO_PROVIDE}`;
}

export function rejectedCredentialsHelp(error: unknown): string {
  const name = error instanceof Error ? error.name : 'Error';
  return [
    `AWS did not accept the credentials (sts:GetCallerIdentity answered ${name}: ${reasonOf(error)})`,
    'They may have expired or been revoked; for an SSO profile run aws sso login --profile NAME.',
    WAYS_TO_PROVIDE,
  ].join('\n');
}

export function noUsableSourceHelp(failures: string[]): string {
  return ['No source has usable AWS credentials:', ...failures.map((failure) => `  - ${failure}`), WAYS_TO_PROVIDE].join('\n');
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].trim().slice(0, 300);
}
