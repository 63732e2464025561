import { isRetryableStatus } from './isRetryableStatus'
import { MAX_DELAY_MS } from './MAX_DELAY_MS'
import type { StatusError } from './StatusError'
import type { StatusNormalizer } from './StatusNormalizer'
import { toStatusError } from './toStatusError'

/** Options of `retryPolicy`. Every value must be finite and ≥ 0, so no policy can retry forever. */
export interface RetryPolicyOptions {
  /** Retries after the first failure; a finite integer ≥ 0. @default 3 */
  maxRetries?: number
  /** The backoff's first ceiling, doubled per failure. @default 1000 */
  baseDelayMs?: number
  /** The backoff never waits longer than this (server-requested waits are not capped by it). @default 30000 */
  maxDelayMs?: number
  /**
   * A server-requested wait (time left until `retryAt`) longer than this is not waited out: `retry` says false
   * and the UI shows when to come back instead. @default 300000
   */
  maxRetryAfterMs?: number
  /**
   * Teaches the policy shapes the kit does not know, as `toStatusError`'s option does: pass the same function
   * everywhere so the retry decision and the page agree on what went wrong.
   */
  normalize?: StatusNormalizer
}

/** TanStack Query's `retry` and `retryDelay` shapes; both are plain functions, safe to pass around unbound. */
export interface RetryPolicy {
  /** True only while `failureCount < maxRetries` and the error is transient (see `retryPolicy`). */
  retry(failureCount: number, error: unknown): boolean
  /** Milliseconds before the next attempt: finite, ≥ 0 and ≤ 2147483647. */
  retryDelay(failureCount: number, error: unknown): number
}

function readOption(
  options: RetryPolicyOptions | undefined,
  key: Exclude<keyof RetryPolicyOptions, 'normalize'>,
  fallback: number,
): number {
  const value = options?.[key] ?? fallback
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < 0 ||
    (key === 'maxRetries' && !Number.isInteger(value))
  ) {
    throw new RangeError(
      `retryPolicy: ${key} must be a finite ${key === 'maxRetries' ? 'integer' : 'number'} ≥ 0, got ${String(value)}`,
    )
  }
  return value
}

/**
 * A retry policy for TanStack Query (`retry`, `retryDelay`) or any loop of your own.
 *
 * `retry` is true only while `failureCount < maxRetries` and the error (normalized with `toStatusError`, asking
 * `normalize` first when given) is `network`, `timeout`, or an http status that `isRetryableStatus` accepts;
 * never `abort`, `unknown` (programming errors included) or any other status; and not when the server asked to
 * wait longer than `maxRetryAfterMs`. `retryDelay` waits exactly the time left until the server's `retryAt`
 * when it asked, else full jitter: a random value in `[0, min(maxDelayMs, baseDelayMs * 2 ** failureCount)]`.
 *
 * @throws {RangeError} at creation when an option is negative, not finite (Infinity would mean retrying
 * forever) or, for `maxRetries`, not an integer.
 */
export function retryPolicy(options?: RetryPolicyOptions): RetryPolicy {
  const maxRetries = readOption(options, 'maxRetries', 3)
  const baseDelayMs = readOption(options, 'baseDelayMs', 1000)
  const maxDelayMs = Math.min(readOption(options, 'maxDelayMs', 30000), MAX_DELAY_MS)
  const maxRetryAfterMs = readOption(options, 'maxRetryAfterMs', 300000)
  // TanStack Query hands both functions the same thrown value: normalize it once, so `retryAt` is fixed at
  // the first look and the wait shrinks as time passes instead of restarting.
  const seen = new WeakMap<object, StatusError>()
  const toStatusErrorOptions = { normalize: options?.normalize }
  const normalize = (error: unknown): StatusError => {
    if (typeof error !== 'object' || error === null) return toStatusError(error, toStatusErrorOptions)
    let normalized = seen.get(error)
    if (!normalized) {
      normalized = toStatusError(error, toStatusErrorOptions)
      seen.set(error, normalized)
    }
    return normalized
  }
  const timeLeft = (error: StatusError): number | undefined =>
    error.retryAt === undefined ? undefined : error.retryAt - Date.now()

  return {
    retry(failureCount: number, error: unknown): boolean {
      if (!(failureCount < maxRetries)) return false
      const normalized = normalize(error)
      const transient =
        normalized.kind === 'network' ||
        normalized.kind === 'timeout' ||
        (normalized.kind === 'http' && isRetryableStatus(normalized.status as number))
      return transient && !((timeLeft(normalized) ?? 0) > maxRetryAfterMs)
    },
    retryDelay(failureCount: number, error: unknown): number {
      const left = timeLeft(normalize(error))
      // `left > 0` is false for NaN too, so no clock or value can make the delay anything but a valid timer delay.
      if (left !== undefined) return left > 0 ? Math.min(Math.ceil(left), MAX_DELAY_MS) : 0
      const attempt = Number.isFinite(failureCount) && failureCount > 0 ? failureCount : 0
      const ceiling = baseDelayMs === 0 ? 0 : Math.min(maxDelayMs, baseDelayMs * 2 ** attempt)
      return Math.min(Math.max(Math.random() * ceiling, 0), ceiling)
    },
  }
}
