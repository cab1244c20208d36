import { useQuery } from '@tanstack/react-query';
import { loadPageConfig, readInlinePageConfig } from './page-config.ts';
import type { Source } from './source.ts';

const inline = readInlinePageConfig();

export function usePageConfig() {
  return useQuery({ queryKey: ['page-config'], queryFn: loadPageConfig, staleTime: Infinity, initialData: inline });
}

/**
 * Writes (StartImport, StopImport) are allowed only when the server says so; while /config is
 * loading, or if it failed, the page stays read-only.
 */
export function useReadOnly(): boolean {
  return usePageConfig().data?.readOnly !== false;
}

const FALLBACK: Source[] = [];

/** The sources to watch; empty while /config loads. If /config failed, the server's default source. */
export function useSources(): Source[] {
  const config = usePageConfig();
  if (config.data) return config.data.sources;
  return config.isError ? DEFAULT_ONLY : FALLBACK;
}

// The server routes a request that names no known account to its default source.
const DEFAULT_ONLY: Source[] = [{ account: '', accountName: '', region: 'us-east-1' }];
