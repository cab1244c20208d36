import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { createQueryClient } from '../app/query-client.ts';
import { ImportsPage } from '../features/imports/components/imports-page.tsx';

/** For every test in the file: the page starts at '/', and the server's /config answers `config`. */
export function usePageConfigAnswer(config: Record<string, unknown>): void {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    vi.stubGlobal('fetch', async () => Response.json(config));
  });
  afterEach(() => vi.unstubAllGlobals());
}

/** The Imports page on a fresh query client, as the app mounts it. */
export function renderImportsPage() {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <ImportsPage />
    </QueryClientProvider>,
  );
}
