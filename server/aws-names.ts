// Shapes of the AWS names the dashboard accepts in flags and in its config file.
export const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
export const ACCOUNT_ID_PATTERN = /^\d{12}$/;
// IAM: role names are 1-64 of [\w+=,.@-]; a path is /-separated segments before the name.
export const ROLE_NAME_PATTERN = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
export const ROLE_ARN_PATTERN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/((?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64})$/;

/** The account a role ARN belongs to; the ARN must match ROLE_ARN_PATTERN. */
export function accountOfRoleArn(roleArn: string): string {
  const account = ROLE_ARN_PATTERN.exec(roleArn)?.[1];
  if (account === undefined) throw new RangeError(`Not an IAM role ARN: ${roleArn}`);
  return account;
}

/** The partition of an ARN ("aws", "aws-cn", "aws-us-gov"). */
export function partitionOfArn(arn: string): string {
  return arn.split(':')[1] ?? 'aws';
}

export function roleArn(partition: string, account: string, roleName: string): string {
  return `arn:${partition}:iam::${account}:role/${roleName}`;
}
