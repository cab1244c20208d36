import { useQuery } from '@tanstack/react-query';
import { loadPageConfig } from './page-config.ts';

export function usePageConfig() {
  return useQuery({ queryKey: ['page-config'], queryFn: loadPageConfig, staleTime: Infinity });
}

/**
 * Writes (StartImport, StopImport) are allowed only when the server says so; while /config is
 * loading, or if it failed, the page stays read-only.
 */
export function useReadOnly(): boolean {
  return usePageConfig().data?.readOnly !== false;
}
