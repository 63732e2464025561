import { type StatusQueryDefaultsOptions, statusQueryDefaults } from '@statuskit/react'
import { QueryClient } from '@tanstack/react-query'

/** No automatic retries: a story shows its page at once instead of after the retry policy's backoff. */
const NO_RETRIES: StatusQueryDefaultsOptions = { retry: { maxRetries: 0 } }

/**
 * A fresh QueryClient for one story, so no cached data or error leaks from one story (or test) into the next,
 * with the kit's `statusQueryDefaults` as an app would use them: page-level failures go to the nearest
 * StatusBoundary while there is no data yet.
 */
export function createStoryQueryClient(options: StatusQueryDefaultsOptions = NO_RETRIES): QueryClient {
  return new QueryClient({
    defaultOptions: statusQueryDefaults({
      ...options,
      queries: { refetchOnWindowFocus: false, ...options.queries },
    }),
  })
}
