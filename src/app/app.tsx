import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ImportsPage } from '../features/imports/components/imports-page.tsx';
import { AppHeader } from './app-header.tsx';

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <div className="app">
        <AppHeader />
        <ImportsPage />
      </div>
    </QueryClientProvider>
  );
}
