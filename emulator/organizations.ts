import { AwsError } from './errors.ts';
import { ORGANIZATION_ID, type Organization, type OrganizationAccount } from './organization.ts';
import { parse, type Shape } from './shape.ts';
import type { Tokens } from './tokens.ts';

export interface OrganizationsContext {
  readonly organization: Organization;
  // the account the request's credentials name
  readonly account: string;
  readonly tokens: Tokens;
}

// MaxResults 1 to 20 in the Organizations model; without it a page holds 20 (the emulator's choice)
const PAGE = 20;
const INT_RANGE = [-(2 ** 31), 2 ** 31 - 1] as const;
const shape = {
  MaxResults: { type: 'integer', range: INT_RANGE },
  NextToken: { type: 'string' },
} as const satisfies Shape;
// when the organization was created; members joined later (the emulator's choice)
const FOUNDED_MS = Date.UTC(2019, 2, 14, 9, 21, 37);
const DAY_MS = 86_400_000;

// organizations:ListAccounts, callable from the management account only (or a delegated administrator,
// which the emulator has none of): a member account gets AccessDeniedException, 403 in the model.
export function listAccounts(body: Record<string, unknown>, { organization, account, tokens }: OrganizationsContext) {
  if (account !== organization.management.id) {
    throw new AwsError('AccessDeniedException', "You don't have permissions to access this resource.", 403);
  }
  const { MaxResults, NextToken } = parse(body, shape);
  if (MaxResults !== undefined && (MaxResults < 1 || MaxResults > PAGE)) {
    const reason = MaxResults < 1 ? 'MIN_VALUE_EXCEEDED' : 'MAX_VALUE_EXCEEDED';
    throw invalidInput(`MaxResults must be from 1 to ${PAGE}, got ${MaxResults}.`, reason);
  }
  const accounts = [organization.management, ...organization.accounts.filter((item) => item !== organization.management)];
  const scope = ['ListAccounts'];
  const start = NextToken === undefined ? 0 : readIndex(tokens, scope, NextToken);
  const end = Math.min(accounts.length, start + (MaxResults ?? PAGE));
  return {
    Accounts: accounts.slice(start, end).map((item, index) => accountItem(organization, item, start + index)),
    NextToken: end < accounts.length ? tokens.issue(scope, [end]) : undefined,
  };
}

function readIndex(tokens: Tokens, scope: readonly string[], token: string): number {
  try {
    const [index] = tokens.read(scope, token);
    if (typeof index === 'number') return index;
  } catch {
    // refused below, in Organizations' own words
  }
  throw invalidInput('The provided NextToken is not valid.', 'INVALID_PAGINATION_TOKEN');
}

function invalidInput(message: string, reason: string): AwsError {
  return new AwsError('InvalidInputException', message, 400, { Reason: reason });
}

function accountItem(organization: Organization, account: OrganizationAccount, index: number) {
  // the account that created the organization is listed as invited, like the members that were invited
  const invited = index % 4 === 0;
  const joinedMs = FOUNDED_MS + index * 97 * DAY_MS + (Number(account.id.slice(-4)) % 24) * 3_600_000;
  return {
    Id: account.id,
    Arn: `arn:aws:organizations::${organization.management.id}:account/${ORGANIZATION_ID}/${account.id}`,
    Email: `aws+${account.name.toLowerCase().replace(/[^a-z0-9.-]+/g, '-')}@acme.example`,
    Name: account.name,
    // Status is deprecated in favour of State; both are sent, as AWS does while both exist
    Status: 'ACTIVE',
    State: 'ACTIVE',
    JoinedMethod: invited ? 'INVITED' : 'CREATED',
    JoinedTimestamp: joinedMs / 1000,
  };
}
