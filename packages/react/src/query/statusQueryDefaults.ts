import {
  busyRetryDelay,
  isBusyStatus,
  type RetryPolicyOptions,
  retryPolicy,
  type StatusError,
  type StatusNormalizer,
  toStatusError,
} from '@statuskit/core'
import type { DefaultOptions, Query } from '@tanstack/react-query'
import { sessionClaims } from './sessionClaims'

/** Options of `statusQueryDefaults`; every one can be overridden. */
export interface StatusQueryDefaultsOptions {
  /**
   * The retry policy of queries (`maxRetries` 3, `baseDelayMs` 1000, `maxDelayMs` 30000 by default): network
   * failures, timeouts and retryable statuses (see `isRetryableStatus`) are retried with full-jitter backoff, or
   * after exactly the wait the server asked for.
   */
  retry?: Omit<RetryPolicyOptions, 'maxRetryAfterMs'> | undefined
  /**
   * The longest server-requested wait (time left until `retryAt`, from Retry-After or RateLimit) that a query
   * waits out by itself, invisibly. A longer one is not retried: the error goes to the boundary, whose 429 or
   * 503 page counts down and resets at zero, so the query fetches again when the server said it may.
   * @default 3000
   */
  maxSilentWaitMs?: number | undefined
  /**
   * Teaches the retry policy shapes of errors it does not know (`toStatusError`'s `normalize`); give the provider the
   * same function, so that what is retried and what the pages show agree.
   */
  normalize?: StatusNormalizer | undefined
  /** Query defaults of your own, applied last: any option here (`throwOnError`, `retry`, …) wins. */
  queries?: DefaultOptions['queries'] | undefined
  /**
   * Mutation defaults of your own, applied last. Mutations are never retried by default (a POST may not be
   * safe to repeat), keep their errors inline, and run whatever the browser says about the connection
   * (`networkMode: 'always'`): a save made offline fails at once, with the input still in the form, instead of
   * waiting to send old input by itself later.
   */
  mutations?: DefaultOptions['mutations'] | undefined
}

/**
 * Defaults for `new QueryClient({ defaultOptions: statusQueryDefaults() })`:
 * - a query without data sends every failure to the nearest `<StatusBoundary>` (a query has no form to show it
 *   in, so even a 400 gets a page rather than a spinner forever); a failed background refetch keeps the data on
 *   screen; a 401 that a mounted `<SessionGuard>` takes on never reaches a boundary, so the page stays mounted;
 * - retries by status with the core's `retryPolicy`; short server-requested waits are waited out silently;
 * - a busy server (429, 503) is never hit in a burst: retries are at least one second apart and their waits
 *   grow (`busyRetryDelay`), and a 429 that gives no wait is not retried silently at all: its page paces the
 *   next attempts;
 * - mutations are neither retried, nor thrown, nor paused offline to be sent later with old input.
 */
export function statusQueryDefaults(options: StatusQueryDefaultsOptions = {}): DefaultOptions {
  const maxSilentWaitMs = options.maxSilentWaitMs ?? 3000
  const { normalize } = options
  const policy = retryPolicy({ ...options.retry, maxRetryAfterMs: maxSilentWaitMs, normalize })
  const busy = (error: unknown): StatusError | undefined => {
    const status = toStatusError(error, { normalize })
    return status.kind === 'http' && isBusyStatus(status.status) ? status : undefined
  }
  return {
    queries: {
      retry: (failureCount, error) => {
        const status = busy(error)
        if (status?.status === 429 && status.retryAt === undefined) return false
        return policy.retry(failureCount, error)
      },
      retryDelay: (failureCount, error) => {
        const delay = policy.retryDelay(failureCount, error)
        // TanStack Query passes the failures so far, 0 before the first retry.
        return busy(error) ? Math.max(delay, busyRetryDelay(failureCount + 1)) : delay
      },
      throwOnError: (error: unknown, query: Pick<Query, 'state'>) =>
        query.state.data === undefined &&
        !(typeof error === 'object' && error !== null && sessionClaims.has(error)),
      ...options.queries,
    },
    mutations: { retry: false, throwOnError: false, networkMode: 'always', ...options.mutations },
  }
}
