import { describe, expect, it } from 'vitest';
import { countWords, dailySummary, statusCounts, timelineSummary, windowWords } from './summaries.ts';
import { DAY_MS } from './timeline-import.ts';

describe('chart summaries', () => {
  it('lists the non-zero counts in order, joined like a sentence', () => {
    expect(countWords(statusCounts(['INITIALIZING', 'IN_PROGRESS', 'FAILED', 'COMPLETED'], [0, 1, 80, 1100]))).toBe(
      '1 in progress, 80 failed and 1,100 completed',
    );
    expect(countWords([{ label: 'failed', count: 2 }])).toBe('2 failed');
  });

  it('says how many imports over how many days', () => {
    expect(dailySummary(1204, 'imports', 90, [{ label: 'completed', count: 1100 }, { label: 'failed', count: 104 }])).toBe(
      '1,204 imports over 90 days: 1,100 completed and 104 failed.',
    );
    expect(dailySummary(0, 'failures', 1, [])).toBe('No failures over 1 day.');
    expect(dailySummary(5, 'failures', 2, [{ label: 'AccessDenied', count: 5 }], 'in the 1 import whose failures are loaded')).toBe(
      '5 failures over 2 days in the 1 import whose failures are loaded: 5 AccessDenied.',
    );
  });

  it('names the window, its length and the lanes on the timeline', () => {
    const end = Date.UTC(2026, 10, 28, 12);
    const week = { start: end - 7 * DAY_MS, end: end + DAY_MS };
    expect(timelineSummary(3, 2, windowWords(week, end, 7), [{ label: 'failed', count: 3 }])).toMatch(
      /^3 imports in 2 lanes in the last 7 days \(.+ to .+\): 3 failed\.$/,
    );
    expect(windowWords({ start: end - 5 * 3_600_000, end }, end, null)).toMatch(/^between .+ and .+ \(5 hours\)$/);
    expect(timelineSummary(0, 2, 'in the last 7 days', [])).toBe('No imports in the last 7 days.');
  });
});
