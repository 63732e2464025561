import { describe, expectTypeOf, it } from 'vitest'
import { type RetryPolicy, type RetryPolicyOptions, retryPolicy } from './retryPolicy'
import type { StatusNormalizer } from './StatusNormalizer'

// TanStack Query v5's option shapes (query-core `RetryValue` / `RetryDelayValue`), with its default error type.
type ShouldRetryFunction<TError = Error> = (failureCount: number, error: TError) => boolean
type RetryDelayFunction<TError = Error> = (failureCount: number, error: TError) => number
interface QueryRetryOptions<TError = Error> {
  retry?: boolean | number | ShouldRetryFunction<TError>
  retryDelay?: number | RetryDelayFunction<TError>
}

describe('retryPolicy types', () => {
  it('takes optional numeric options and a normalizer', () => {
    expectTypeOf<RetryPolicyOptions>().toEqualTypeOf<{
      maxRetries?: number
      baseDelayMs?: number
      maxDelayMs?: number
      maxRetryAfterMs?: number
      normalize?: StatusNormalizer
    }>()
    expectTypeOf(retryPolicy).parameter(0).toEqualTypeOf<RetryPolicyOptions | undefined>()
    // @ts-expect-error options are numbers
    retryPolicy({ maxRetries: '3' })
  })

  it("has TanStack Query's retry(failureCount, error) and retryDelay(failureCount, error) shapes", () => {
    const policy = retryPolicy()
    expectTypeOf(policy).toEqualTypeOf<RetryPolicy>()
    expectTypeOf(policy.retry).toEqualTypeOf<(failureCount: number, error: unknown) => boolean>()
    expectTypeOf(policy.retryDelay).toEqualTypeOf<(failureCount: number, error: unknown) => number>()
  })

  it('plugs into query options for any error type', () => {
    const { retry, retryDelay } = retryPolicy()
    expectTypeOf({ retry, retryDelay }).toExtend<QueryRetryOptions>()
    expectTypeOf({ retry, retryDelay }).toExtend<QueryRetryOptions<unknown>>()
    expectTypeOf({ retry, retryDelay }).toExtend<QueryRetryOptions<{ status: number }>>()
  })
})
