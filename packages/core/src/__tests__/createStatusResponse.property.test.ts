import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createStatusResponse } from '../createStatusResponse'
import { MAX_DELAY_MS } from '../MAX_DELAY_MS'
import { parseRetryAfter } from '../parseRetryAfter'
import { checkProperty } from './property'

// The first and last instants an IMF-fixdate can write: 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z.
const YEAR_0 = (() => {
  const date = new Date(Date.UTC(2000, 0, 1))
  date.setUTCFullYear(0)
  return date.getTime()
})()
const LAST = Date.UTC(9999, 11, 31, 23, 59, 59)

describe('createStatusResponse and parseRetryAfter', () => {
  it('read back every wait in seconds as the wait rounded up to whole seconds', async () => {
    const seconds = fc.oneof(
      fc.integer({ min: 0, max: 3_000_000 }),
      fc.double({ min: 0, max: 3_000_000, noNaN: true }),
      fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }),
    )
    await checkProperty(
      'createStatusResponse (seconds)',
      2000,
      fc.property(seconds, fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), (wait, now) => {
        const header = createStatusResponse(503, { retryAfter: wait }).headers.get('Retry-After')
        expect(header).toMatch(/^\d+$/)
        expect(parseRetryAfter(header, now)).toBe(Math.min(Math.ceil(wait) * 1000, MAX_DELAY_MS))
      }),
    )
  }, 30_000)

  it('read back every Date from year 0 to 9999 as the wait until it, rounded up to the next whole second', async () => {
    await checkProperty(
      'createStatusResponse (dates)',
      2000,
      fc.property(
        fc.integer({ min: YEAR_0, max: LAST }),
        fc.integer({ min: YEAR_0, max: LAST }),
        fc.boolean(),
        (time, other, near) => {
          // Half of the time the date is within a month of now, so that most waits are not clamped.
          const now = near ? time - (Math.abs(other) % 2_600_000_000) : other
          const header = createStatusResponse(503, { retryAfter: new Date(time) }).headers.get('Retry-After')
          const roundedUp = Math.ceil(time / 1000) * 1000
          expect(parseRetryAfter(header, now)).toBe(Math.min(Math.max(0, roundedUp - now), MAX_DELAY_MS))
        },
      ),
    )
  }, 30_000)

  it('throw a RangeError for every wait or Date they could not read back', async () => {
    const invalid = fc.oneof(
      fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
      fc.integer({ min: LAST + 1, max: 8.64e15 }).map((time) => new Date(time)),
      // Rounded up to a whole second, a Date in the last second before year 0 is in year 0: that one is valid.
      fc.integer({ min: -8.64e15, max: YEAR_0 - 1000 }).map((time) => new Date(time)),
      fc.constant(new Date(Number.NaN)),
    )
    await checkProperty(
      'createStatusResponse (invalid)',
      1000,
      fc.property(invalid, (retryAfter) => {
        expect(() => createStatusResponse(429, { retryAfter })).toThrow(RangeError)
      }),
    )
  }, 30_000)
})
