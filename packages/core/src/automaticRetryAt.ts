import { busyRetryDelay } from './busyRetryDelay'
import type { StatusError } from './StatusError'

/**
 * HTTP-dates have whole seconds, so a server that is back at 14:30:00.700 says 14:30:00: an automatic retry waits
 * this much past the time the server gave, so that it is not the one request that arrives too early.
 */
const SERVER_TIME_MARGIN_MS = 1000

/** The shortest wait of a page that retries a 429 by itself when the server did not say how long to wait. */
const RATE_LIMITED_BASE_MS = 5000

/**
 * When a page that shows `error` may try again by itself, in epoch ms, or `undefined` when it should not:
 * - the server gave a time (`retryAt`, from Retry-After or RateLimit): a moment after it;
 * - a 429 without a time: a growing wait from the number of automatic attempts already made (`attempt`, 0 for
 *   the first), at least five seconds, so a rate limiter is never hit in a burst;
 * - anything else (a 503 without a time, 5xx, 4xx, network failures): never by a timer.
 */
export function automaticRetryAt(
  error: StatusError,
  attempt: number,
  now: number = Date.now(),
): number | undefined {
  if (error.retryAt !== undefined) return error.retryAt + SERVER_TIME_MARGIN_MS
  if (error.kind === 'http' && error.status === 429) {
    return now + busyRetryDelay(attempt + 1, RATE_LIMITED_BASE_MS)
  }
  return undefined
}
