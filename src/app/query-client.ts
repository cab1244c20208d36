import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The SDK already retries throttling and transient failures with backoff; retrying again
      // here would multiply the attempts and hide failures for longer.
      queries: { retry: false },
    },
  });
}
