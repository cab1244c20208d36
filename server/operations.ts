import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendAwsError } from './aws-error.ts';

export type ApiHandler = (req: IncomingMessage, res: ServerResponse) => void;

// X-Amz-Target as the JS SDK v3 sends it, then as boto3, the AWS CLI and JS SDK v2 send it.
const TARGET_PREFIXES = ['CloudTrail_20131101.', 'com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.'];
export const CANONICAL_TARGET_PREFIX = TARGET_PREFIXES[0];

const READ_OPERATIONS: ReadonlySet<string> = new Set([
  'ListImports', 'GetImport', 'ListImportFailures', 'ListEventDataStores', 'GetEventDataStore',
]);
const WRITE_OPERATIONS: ReadonlySet<string> = new Set(['StartImport', 'StopImport']);

export function isWriteOperation(operation: string | undefined): boolean {
  return operation !== undefined && WRITE_OPERATIONS.has(operation);
}

export interface OperationAccess {
  readOnly: boolean;
  /** The emulator answers unknown operations itself, as AWS would; the proxy never forwards them. */
  passUnlisted: boolean;
}

export function operationName(target: string | string[] | undefined): string | undefined {
  if (typeof target !== 'string') return undefined;
  const prefix = TARGET_PREFIXES.find((candidate) => target.startsWith(candidate));
  const name = prefix === undefined ? '' : target.slice(prefix.length);
  return /^[A-Za-z]+$/.test(name) ? name : undefined;
}

/** Why the server will not pass this operation on, or undefined when it may. */
export function refusalFor(operation: string | undefined, access: OperationAccess): string | undefined {
  if (operation !== undefined && WRITE_OPERATIONS.has(operation)) {
    return access.readOnly ? `${operation} is not allowed: the server runs with --read-only` : undefined;
  }
  if (operation !== undefined && READ_OPERATIONS.has(operation)) return undefined;
  if (access.passUnlisted) return undefined;
  return `${operation ?? 'A request without a CloudTrail X-Amz-Target'} is not among the operations this dashboard uses`;
}

export function gateOperations(handler: ApiHandler, access: OperationAccess): ApiHandler {
  return (req, res) => {
    const refusal = refusalFor(operationName(req.headers['x-amz-target']), access);
    if (refusal === undefined) return handler(req, res);
    // The body is not needed; reading it lets the connection be reused.
    req.resume();
    sendAwsError(res, 403, 'AccessDeniedException', refusal);
  };
}
