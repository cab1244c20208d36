export const CLOUDTRAIL_PATH = '/cloudtrail';
const CONTROL_PREFIX = '/_emulator/';

// The SDK appends a slash to an endpoint that has a path, so both forms reach the API.
export function isCloudTrailPath(pathname: string): boolean {
  return pathname === CLOUDTRAIL_PATH || pathname === `${CLOUDTRAIL_PATH}/`;
}

export function isControlPath(pathname: string): boolean {
  return pathname.startsWith(CONTROL_PREFIX);
}
