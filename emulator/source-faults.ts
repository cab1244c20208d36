import { isRegionName } from './credential-scope.ts';
import { AwsError } from './errors.ts';
import { isObject } from './shape.ts';

export const SOURCE_FAULT_ERRORS = [
  'AccessDeniedException',
  'UnsupportedOperationException',
  'ThrottlingException',
  'ExpiredTokenException',
] as const;
export type SourceFaultError = (typeof SOURCE_FAULT_ERRORS)[number];

// As given in an organization spec or to POST /_emulator/source-faults.
export interface SourceFaultSpec {
  // every account, or every region, when absent
  readonly account?: string;
  readonly region?: string;
  readonly error: string;
  // the first N CloudTrail requests to each matching source succeed
  readonly afterRequests?: number;
}

export interface SourceFault extends SourceFaultSpec {
  readonly error: SourceFaultError;
}

const MAX_FAULTS = 100;
const MAX_AFTER = 1_000_000;
const KEYS = new Set(['account', 'region', 'error', 'afterRequests']);

/** The faults as given, or a RangeError that says which one is wrong. */
export function checkSourceFaults(input: unknown, accounts: ReadonlySet<string>): SourceFault[] {
  if (!Array.isArray(input)) throw new RangeError('faults must be a list.');
  if (input.length > MAX_FAULTS) throw new RangeError(`At most ${MAX_FAULTS} source faults, got ${input.length}.`);
  return input.map((item: unknown, index) => checkFault(item, accounts, `faults[${index}]`));
}

function checkFault(item: unknown, accounts: ReadonlySet<string>, where: string): SourceFault {
  if (!isObject(item)) throw new RangeError(`${where} must be an object.`);
  const unknown = Object.keys(item).filter((key) => !KEYS.has(key));
  if (unknown.length > 0) throw new RangeError(`${where} has unknown member ${unknown.join(', ')}.`);
  const { account, region, error, afterRequests } = item;
  if (account !== undefined && !(typeof account === 'string' && accounts.has(account))) {
    throw new RangeError(`${where}.account ${JSON.stringify(account)} is not an account of the organization.`);
  }
  if (region !== undefined && !(typeof region === 'string' && isRegionName(region))) {
    throw new RangeError(`${where}.region ${JSON.stringify(region)} is not a region name.`);
  }
  const known = SOURCE_FAULT_ERRORS.find((name) => name === error);
  if (!known) throw new RangeError(`${where}.error must be one of ${SOURCE_FAULT_ERRORS.join(', ')}.`);
  const count = Number(afterRequests);
  if (afterRequests !== undefined && !(Number.isInteger(count) && count >= 0 && count <= MAX_AFTER)) {
    throw new RangeError(`${where}.afterRequests must be a whole number from 0 to ${MAX_AFTER}.`);
  }
  return {
    account: typeof account === 'string' ? account : undefined,
    region: typeof region === 'string' ? region : undefined,
    error: known,
    afterRequests: afterRequests === undefined ? undefined : count,
  };
}

export interface FaultState {
  readonly error: SourceFaultError;
  // requests that still succeed before it applies; 0 once it does
  readonly requestsLeft: number;
}

// The faults in effect, and how many requests each source has let through so far.
export class SourceFaults {
  private faults: readonly SourceFault[] = [];
  private passed = new Map<string, number>();
  private failed: number[] = [];

  constructor(faults: readonly SourceFault[] = []) {
    this.set(faults);
  }

  set(faults: readonly SourceFault[]): void {
    this.faults = faults;
    this.passed = new Map();
    this.failed = faults.map(() => 0);
  }

  // The fault one CloudTrail request to the source meets, counting the request against afterRequests.
  meet(account: string, region: string): SourceFaultError | undefined {
    for (const [index, fault] of this.faults.entries()) {
      if (!covers(fault, account, region)) continue;
      const key = `${index} ${account}/${region}`;
      const passed = this.passed.get(key) ?? 0;
      if (passed < (fault.afterRequests ?? 0)) {
        this.passed.set(key, passed + 1);
        continue;
      }
      this.failed[index] = (this.failed[index] ?? 0) + 1;
      return fault.error;
    }
    return undefined;
  }

  // What `meet` would say next, without counting.
  peek(account: string, region: string): FaultState | undefined {
    const index = this.faults.findIndex((fault) => covers(fault, account, region));
    const fault = this.faults[index];
    if (!fault) return undefined;
    const passed = this.passed.get(`${index} ${account}/${region}`) ?? 0;
    return { error: fault.error, requestsLeft: Math.max(0, (fault.afterRequests ?? 0) - passed) };
  }

  // An AccessDeniedException for every region of the account from the first request: its roles cannot be assumed.
  deniesAccount(account: string): boolean {
    return this.faults.some(
      (fault) => fault.error === 'AccessDeniedException' && fault.region === undefined && !fault.afterRequests &&
        (fault.account === undefined || fault.account === account),
    );
  }

  report(): object {
    return { faults: this.faults.map((fault, index) => ({ ...fault, failed: this.failed[index] ?? 0 })) };
  }
}

function covers(fault: SourceFault, account: string, region: string): boolean {
  return (fault.account === undefined || fault.account === account) && (fault.region === undefined || fault.region === region);
}

// HTTP 400 for all four: the AWS JSON protocol's common errors, as the reference notes (README).
export function sourceFaultError(error: SourceFaultError, operation: string, region: string, caller: string): AwsError {
  switch (error) {
    case 'AccessDeniedException':
      return new AwsError(
        error,
        `User: ${caller} is not authorized to perform: cloudtrail:${operation} ` +
          `because no identity-based policy allows the cloudtrail:${operation} action`,
        400,
      );
    case 'UnsupportedOperationException':
      return new AwsError(error, `The operation ${operation} is not supported in the region ${region}.`, 400);
    case 'ThrottlingException':
      return new AwsError(error, 'Rate exceeded', 400);
    case 'ExpiredTokenException':
      return new AwsError(error, 'The security token included in the request is expired', 400);
  }
}
