import type { Source } from '../../lib/source.ts';

/** What went wrong with one source, in the words the Accounts and regions panel uses. */
export interface SourceProblem {
  source: Source;
  error: unknown;
  /** "Listing failed.", "Listing stopped after 2,000 imports.", "Refresh failed." */
  what: string;
}

/** Sources that failed the same way, so seven failures read as two lines, not seven. */
export interface ProblemGroup {
  errorName: string;
  error: unknown;
  sources: Source[];
  /** "ca-west-1 in management, security-tooling and 2 more", "sandbox-legacy (589104736221) in 3 regions" */
  where: string;
}

const LISTED = 3;

export function groupProblems(problems: readonly SourceProblem[]): ProblemGroup[] {
  const groups = new Map<string, SourceProblem[]>();
  for (const problem of problems) {
    const name = problem.error instanceof Error ? problem.error.name : 'Error';
    groups.set(name, [...(groups.get(name) ?? []), problem]);
  }
  return [...groups].map(([errorName, members]) => ({
    errorName,
    error: members[0].error,
    sources: members.map((member) => member.source),
    where: describeWhere(members.map((member) => member.source)),
  }));
}

/** Names the sources by what they share: one region in several accounts, one account in several regions, or each. */
export function describeWhere(sources: readonly Source[]): string {
  const regions = [...new Set(sources.map((s) => s.region))];
  const accounts = [...new Map(sources.map((s) => [s.account, accountName(s)])).values()];
  if (sources.length === 1) return `${accountName(sources[0])} in ${sources[0].region}`;
  if (regions.length === 1) return `${regions[0]} in ${list(accounts)}`;
  if (accounts.length === 1) return `${accounts[0]} in ${list(regions)}`;
  return list(sources.map((s) => `${accountName(s)} in ${s.region}`));
}

function accountName(source: Source): string {
  return source.accountName ? `${source.accountName} (${source.account})` : source.account;
}

function list(items: readonly string[]): string {
  if (items.length <= LISTED) {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
  }
  return `${items.slice(0, LISTED).join(', ')} and ${items.length - LISTED} more`;
}
