import { getStatus } from './getStatus'

/**
 * Whether a later identical request may succeed: 408, 425, 429, 500, 502, 503 and 504.
 * Every other value is `false`, including 5xx codes that retrying cannot fix (501, 505…) and non-numbers.
 */
export function isRetryableStatus(code: number): boolean {
  // The status table marks these codes; this is the registry's `retryable`, so the list lives in one place.
  return getStatus(code)?.retryable === true
}
