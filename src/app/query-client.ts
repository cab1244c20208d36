import { notifyManager, QueryClient } from '@tanstack/react-query';

// Answers from many sources arrive in quick succession; one render per frame takes them all at once.
// A hidden tab paints no frames, so there the next task does (end-of-import notices still fire).
notifyManager.setScheduler((callback) => {
  if (document.visibilityState === 'hidden') setTimeout(callback, 0);
  else requestAnimationFrame(() => callback());
});

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The SDK already retries throttling and transient failures with backoff; retrying again
      // here would multiply the attempts and hide failures for longer.
      queries: { retry: false },
    },
  });
}
