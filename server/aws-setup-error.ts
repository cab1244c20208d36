/** Why AWS mode cannot start, worded for the person who ran the command. */
export class AwsSetupError extends Error {
  override name = 'AwsSetupError';
}
