import { QueryClient } from '@tanstack/react-query'

/**
 * A fresh QueryClient for one story, so no cached data or error leaks from one story (or one test) into the
 * next. Page-level failures go to the nearest StatusBoundary; retries are off so each story shows its page at
 * once instead of after the backoff.
 */
export function createStoryQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, throwOnError: true, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  })
}
