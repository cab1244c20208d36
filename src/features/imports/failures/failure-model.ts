export interface ImportFailure {
  location: string;
  status: string;
  errorType: string;
  message: string;
  /** Epoch ms, 0 when CloudTrail sent none. */
  lastUpdated: number;
}

export interface FailureGroup {
  errorType: string;
  count: number;
  /** Entries per failure status (FAILED, RETRY, SUCCEEDED), most first. */
  statuses: { status: string; count: number }[];
}

const NO_TYPE = '(no error type)';

/** Failures by error type, largest group first, so "412 AccessDenied, 3 NotGzipped" reads top-down. */
export function groupFailures(failures: readonly ImportFailure[]): FailureGroup[] {
  const groups = new Map<string, Map<string, number>>();
  for (const failure of failures) {
    const type = failure.errorType || NO_TYPE;
    const statuses = groups.get(type) ?? new Map<string, number>();
    statuses.set(failure.status, (statuses.get(failure.status) ?? 0) + 1);
    groups.set(type, statuses);
  }
  return [...groups.entries()]
    .map(([errorType, statuses]) => ({
      errorType,
      count: [...statuses.values()].reduce((sum, n) => sum + n, 0),
      statuses: [...statuses.entries()]
        .map(([status, count]) => ({ status, count }))
        .sort((a, b) => b.count - a.count || a.status.localeCompare(b.status)),
    }))
    .sort((a, b) => b.count - a.count || a.errorType.localeCompare(b.errorType));
}

/** "412 AccessDenied, 3 NotGzipped": the one-line summary above the table. */
export function summarizeGroups(groups: readonly FailureGroup[]): string {
  return groups.map((group) => `${group.count.toLocaleString()} ${group.errorType}`).join(', ');
}
