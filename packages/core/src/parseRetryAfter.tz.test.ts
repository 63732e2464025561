import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseRetryAfter } from './parseRetryAfter'

// Runs the date forms with a local time zone far from UTC: an asctime date carries no zone and must still be
// read as UTC, never as local time.
describe('parseRetryAfter under a non-UTC time zone', () => {
  const previous = process.env.TZ

  beforeAll(() => {
    process.env.TZ = 'America/Los_Angeles'
  })

  afterAll(() => {
    if (previous === undefined) delete process.env.TZ
    else process.env.TZ = previous
  })

  it('is really running with a local offset', () => {
    expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe(480)
  })

  it('reads an asctime date as UTC', () => {
    const now = Date.UTC(2026, 10, 25, 12, 0, 0)
    expect(parseRetryAfter('Wed Nov 25 12:00:30 2026', now)).toBe(30_000)
    expect(parseRetryAfter('Thu Jan  1 00:00:10 1970', 0)).toBe(10_000)
  })

  it('reads IMF-fixdate and RFC 850 dates as UTC', () => {
    const now = Date.UTC(2026, 10, 25, 12, 0, 0)
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:30 GMT', now)).toBe(30_000)
    expect(parseRetryAfter('Wednesday, 25-Nov-26 12:00:30 GMT', now)).toBe(30_000)
  })

  it('checks the calendar in UTC across a daylight-saving change', () => {
    const now = Date.UTC(2027, 2, 14, 0, 0, 0)
    expect(parseRetryAfter('Sun Mar 14 10:30:00 2027', now)).toBe(10.5 * 3_600_000)
  })
})
