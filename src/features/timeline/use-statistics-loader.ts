import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { importQueries } from '../imports/api/import-queries.ts';
import { refOf } from '../imports/model.ts';
import type { TimelineImport } from './timeline-import.ts';

// CloudTrail allows 10 Get, Describe and List calls a second per account and region; one GetImport
// every 100 ms, one at a time, keeps the loader within that whatever else the page is doing.
export const STATISTICS_INTERVAL_MS = 100;
// 500 imports take about a minute; the person can ask again for the next 500.
export const STATISTICS_LIMIT = 500;

export interface StatisticsLoad {
  running: boolean;
  done: number;
  total: number;
  error: string | null;
  start: (imports: readonly TimelineImport[]) => void;
  stop: () => void;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** GetImport for the imports asked for, paced and stoppable; answers land in the query cache. */
export function useStatisticsLoader(): StatisticsLoad {
  const client = useQueryClient();
  const [state, setState] = useState({ running: false, done: 0, total: 0, error: null as string | null });
  const run = useRef(0);
  useEffect(() => () => void (run.current += 1), []);

  const start = useCallback(
    (imports: readonly TimelineImport[]) => {
      const id = ++run.current;
      const batch = imports.slice(0, STATISTICS_LIMIT);
      setState({ running: true, done: 0, total: batch.length, error: null });
      void (async () => {
        for (const [index, item] of batch.entries()) {
          if (run.current !== id) return;
          const started = performance.now();
          try {
            await client.fetchQuery(importQueries.detail(refOf(item)));
          } catch (error) {
            const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
            if (run.current === id) setState((s) => ({ ...s, running: false, error: text }));
            return;
          }
          if (run.current !== id) return;
          setState((s) => ({ ...s, done: index + 1 }));
          await pause(Math.max(0, STATISTICS_INTERVAL_MS - (performance.now() - started)));
        }
        if (run.current === id) setState((s) => ({ ...s, running: false }));
      })();
    },
    [client],
  );
  const stop = useCallback(() => {
    run.current += 1;
    setState((s) => ({ ...s, running: false }));
  }, []);
  return { ...state, start, stop };
}
