import { isPageLevelError, type RetryPolicyOptions, retryPolicy, toStatusError } from '@statuskit/core'
import type { DefaultOptions, Query } from '@tanstack/react-query'

/** Options of `statusQueryDefaults`; every one can be overridden. */
export interface StatusQueryDefaultsOptions {
  /**
   * The retry policy of queries (`maxRetries` 3, `baseDelayMs` 1000, `maxDelayMs` 30000 by default): network
   * failures, timeouts and retryable statuses (408, 425, 429, 500, 502, 503, 504) are retried with full-jitter
   * backoff, or after exactly the wait the server asked for.
   */
  retry?: Omit<RetryPolicyOptions, 'maxRetryAfterMs'> | undefined
  /**
   * The longest server-requested wait (time left until `retryAt`, from Retry-After or RateLimit) that a query
   * waits out by itself, invisibly. A longer one is not retried: the error goes to the boundary, whose 429 or
   * 503 page counts down and resets at zero, so the query fetches again when the server said it may.
   * @default 3000
   */
  maxSilentWaitMs?: number | undefined
  /** Query defaults of your own, applied last: any option here (`throwOnError`, `retry`, …) wins. */
  queries?: DefaultOptions['queries'] | undefined
  /**
   * Mutation defaults of your own, applied last. Mutations are never retried by default (a POST may not be
   * safe to repeat) and keep their errors inline; pass `throwOnError` here to send them to a boundary.
   */
  mutations?: DefaultOptions['mutations'] | undefined
}

/**
 * Whether a failed query replaces its part of the page with a status page: page-level failures (see core's
 * `isPageLevelError`: 401, 403, 404, 410, 429, 5xx, network, timeout) while the query has no data to show. A
 * failed background refetch keeps the data on screen; 400, 409 and 422 stay with the form that sent them.
 */
function throwPageLevelErrors(error: unknown, query: Pick<Query, 'state'>): boolean {
  return query.state.data === undefined && isPageLevelError(toStatusError(error))
}

/**
 * Defaults for `new QueryClient({ defaultOptions: statusQueryDefaults() })`: retries by status with the core's
 * `retryPolicy`, short server-requested waits waited out silently, page-level failures sent to the nearest
 * `<StatusBoundary>` while there is no data yet, and mutations neither retried nor thrown.
 */
export function statusQueryDefaults(options: StatusQueryDefaultsOptions = {}): DefaultOptions {
  const maxSilentWaitMs = options.maxSilentWaitMs ?? 3000
  const { retry, retryDelay } = retryPolicy({ ...options.retry, maxRetryAfterMs: maxSilentWaitMs })
  return {
    queries: { retry, retryDelay, throwOnError: throwPageLevelErrors, ...options.queries },
    mutations: { retry: false, throwOnError: false, ...options.mutations },
  }
}
