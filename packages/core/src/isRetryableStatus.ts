const retryable: readonly unknown[] = [408, 425, 429, 500, 502, 503, 504]

/**
 * Whether a later identical request may succeed: 408, 425, 429, 500, 502, 503 and 504.
 * Every other value is `false`, including 5xx codes that retrying cannot fix (501, 505…) and non-numbers.
 */
export function isRetryableStatus(code: number): boolean {
  return retryable.includes(code)
}
