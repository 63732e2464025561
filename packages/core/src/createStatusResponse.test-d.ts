import { describe, expectTypeOf, it } from 'vitest'
import { type CreateStatusResponseInit, createStatusResponse } from './createStatusResponse'

describe('createStatusResponse types', () => {
  it('returns a Response', () => {
    expectTypeOf(createStatusResponse(404)).toEqualTypeOf<Response>()
  })

  it('accepts seconds or a Date for retryAfter, problem members and any HeadersInit', () => {
    expectTypeOf<CreateStatusResponseInit['retryAfter']>().toEqualTypeOf<number | Date | undefined>()
    createStatusResponse(429, { retryAfter: 30, headers: [['x-request-id', '1']] })
    createStatusResponse(503, { retryAfter: new Date(), headers: { 'x-request-id': '1' } })
    createStatusResponse(400, { problem: { title: 'Invalid', extensions: { errors: [] } } })
  })

  it('rejects a retryAfter string and unknown problem members', () => {
    // @ts-expect-error Retry-After is given as seconds or a Date
    createStatusResponse(429, { retryAfter: '30' })
    // @ts-expect-error extra members go in extensions
    createStatusResponse(400, { problem: { errors: [] } })
  })
})
