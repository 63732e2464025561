import { describe, expectTypeOf, it } from 'vitest'
import { parseRateLimit } from './parseRateLimit'
import { parseRetryAfter } from './parseRetryAfter'

describe('header parser types', () => {
  it('takes what Headers.get() returns and gives milliseconds or undefined', () => {
    const headers = new Headers()
    expectTypeOf(parseRetryAfter(headers.get('Retry-After'))).toEqualTypeOf<number | undefined>()
    expectTypeOf(parseRetryAfter(undefined, 0)).toEqualTypeOf<number | undefined>()
    expectTypeOf(parseRateLimit(headers.get('RateLimit'))).toEqualTypeOf<number | undefined>()
  })

  it('rejects a Date or a number where a header value is expected', () => {
    // @ts-expect-error a header value is a string
    parseRetryAfter(new Date())
    // @ts-expect-error a header value is a string
    parseRateLimit(30)
  })
})
