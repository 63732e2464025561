import { describe, expect, it } from 'vitest'
import { parseRetryAfter } from './parseRetryAfter'

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0) // Wed, 25 Nov 2026 12:00:00 GMT
const MAX = 2147483647

describe('parseRetryAfter', () => {
  describe('given delay-seconds', () => {
    it('returns the seconds in milliseconds', () => {
      expect(parseRetryAfter('120', NOW)).toBe(120_000)
      expect(parseRetryAfter('1', NOW)).toBe(1000)
      expect(parseRetryAfter('0', NOW)).toBe(0)
    })

    it('reads leading zeros as decimal digits, not octal', () => {
      expect(parseRetryAfter('010', NOW)).toBe(10_000)
      expect(parseRetryAfter(`${'0'.repeat(400)}7`, NOW)).toBe(7000)
    })

    it('clamps a long delay to the largest timer delay', () => {
      expect(parseRetryAfter('2147484', NOW)).toBe(MAX)
      expect(parseRetryAfter('99999999999999999999', NOW)).toBe(MAX)
    })

    it('clamps a 400-digit number instead of overflowing into Infinity or NaN', () => {
      const result = parseRetryAfter('9'.repeat(400), NOW)
      expect(result).toBe(MAX)
      expect(Number.isFinite(result)).toBe(true)
    })

    it('allows spaces and tabs around the value', () => {
      expect(parseRetryAfter('  30\t', NOW)).toBe(30_000)
      expect(parseRetryAfter('\t 5 \t ', NOW)).toBe(5000)
    })

    it('does not depend on now', () => {
      expect(parseRetryAfter('30', 0)).toBe(30_000)
      expect(parseRetryAfter('30')).toBe(30_000)
    })
  })

  describe('given values that lenient number parsing would accept', () => {
    it.each([
      ['exponent', '1e3'],
      ['hexadecimal', '0x10'],
      ['binary', '0b11'],
      ['negative', '-1'],
      ['decimal', '1.5'],
      ['trailing dot', '5.'],
      ['plus sign', '+5'],
      ['digit separators', '1_000'],
      ['inner space', '1 0'],
      ['word', 'Infinity'],
      ['trailing garbage', '10s'],
      ['full-width digits', '１０'],
      ['Arabic-Indic digits', '٣'],
    ])('rejects the %s form %j', (_, value) => {
      expect(parseRetryAfter(value, NOW)).toBeUndefined()
    })

    it('rejects an empty value and one of blanks only', () => {
      expect(parseRetryAfter('', NOW)).toBeUndefined()
      expect(parseRetryAfter(' ', NOW)).toBeUndefined()
      expect(parseRetryAfter(' \t ', NOW)).toBeUndefined()
    })

    it('rejects whitespace other than spaces and tabs around the value', () => {
      expect(parseRetryAfter('5\n', NOW)).toBeUndefined()
      expect(parseRetryAfter('\r\n5', NOW)).toBeUndefined()
      expect(parseRetryAfter('\u00a05', NOW)).toBeUndefined()
      expect(parseRetryAfter('5\v', NOW)).toBeUndefined()
    })
  })

  describe('given an IMF-fixdate', () => {
    it('returns the time until that date', () => {
      expect(parseRetryAfter('Wed, 25 Nov 2026 12:01:30 GMT', NOW)).toBe(90_000)
      expect(parseRetryAfter('Thu, 26 Nov 2026 12:00:00 GMT', NOW)).toBe(86_400_000)
    })

    it('returns 0 for a date in the past', () => {
      expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', NOW)).toBe(0)
      expect(parseRetryAfter('Wed, 25 Nov 2026 11:59:59 GMT', NOW)).toBe(0)
    })

    it('returns 0 for the current second', () => {
      expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:00 GMT', NOW)).toBe(0)
    })

    it('clamps a date far in the future', () => {
      expect(parseRetryAfter('Fri, 31 Dec 9999 23:59:59 GMT', NOW)).toBe(MAX)
    })

    it('accepts 29 February in a leap year and rejects it in other years', () => {
      expect(parseRetryAfter('Tue, 29 Feb 2028 00:00:00 GMT', Date.UTC(2028, 1, 28))).toBe(86_400_000)
      expect(parseRetryAfter('Sun, 29 Feb 2026 00:00:00 GMT', NOW)).toBeUndefined()
      expect(parseRetryAfter('Mon, 29 Feb 2100 00:00:00 GMT', Date.UTC(2100, 1, 28))).toBeUndefined()
      expect(parseRetryAfter('Tue, 29 Feb 2000 00:00:00 GMT', Date.UTC(2000, 1, 28))).toBe(86_400_000)
    })

    it('rejects days and times that are not on the clock or calendar', () => {
      expect(parseRetryAfter('Thu, 31 Apr 2027 00:00:00 GMT', NOW)).toBeUndefined()
      expect(parseRetryAfter('Fri, 00 Jan 2027 00:00:00 GMT', NOW)).toBeUndefined()
      expect(parseRetryAfter('Fri, 32 Jan 2027 00:00:00 GMT', NOW)).toBeUndefined()
      expect(parseRetryAfter('Fri, 01 Jan 2027 24:00:00 GMT', NOW)).toBeUndefined()
      expect(parseRetryAfter('Fri, 01 Jan 2027 23:60:00 GMT', NOW)).toBeUndefined()
      expect(parseRetryAfter('Fri, 01 Jan 2027 23:59:61 GMT', NOW)).toBeUndefined()
      expect(parseRetryAfter('Fri, 01 Jan 2027 23:59:70 GMT', NOW)).toBeUndefined()
    })

    it('does not check the weekday', () => {
      expect(parseRetryAfter('Mon, 25 Nov 2026 12:00:10 GMT', NOW)).toBe(10_000)
    })

    it('allows spaces and tabs around the date', () => {
      expect(parseRetryAfter(' \tWed, 25 Nov 2026 12:00:10 GMT\t ', NOW)).toBe(10_000)
    })

    it.each([
      ['lower-case month', 'Wed, 25 nov 2026 12:00:10 GMT'],
      ['lower-case weekday', 'wed, 25 Nov 2026 12:00:10 GMT'],
      ['upper-case month', 'Wed, 25 NOV 2026 12:00:10 GMT'],
      ['lower-case zone', 'Wed, 25 Nov 2026 12:00:10 gmt'],
      ['another zone', 'Wed, 25 Nov 2026 12:00:10 UTC'],
      ['numeric offset', 'Wed, 25 Nov 2026 12:00:10 +0000'],
      ['one-digit day', 'Wed, 5 Nov 2026 12:00:10 GMT'],
      ['two-digit year', 'Wed, 25 Nov 26 12:00:10 GMT'],
      ['missing seconds', 'Wed, 25 Nov 2026 12:00 GMT'],
      ['missing weekday', '25 Nov 2026 12:00:10 GMT'],
      ['full month name', 'Wed, 25 November 2026 12:00:10 GMT'],
      ['double space', 'Wed,  25 Nov 2026 12:00:10 GMT'],
      ['trailing text', 'Wed, 25 Nov 2026 12:00:10 GMT x'],
      ['ISO 8601 date', '2026-11-25T12:00:10Z'],
      ['ISO 8601 day', '2026-11-25'],
      ['JavaScript date string', 'Wed Nov 25 2026 12:00:10 GMT+0000 (Coordinated Universal Time)'],
    ])('rejects a %s: %j', (_, value) => {
      expect(parseRetryAfter(value, NOW)).toBeUndefined()
    })

    it('reads years below 100 as such, not as 19xx', () => {
      expect(parseRetryAfter('Sat, 01 Jan 0050 00:00:00 GMT', Date.UTC(1949, 0, 1))).toBe(0)
    })
  })

  describe('given an RFC 850 date', () => {
    it('returns the time until that date', () => {
      expect(parseRetryAfter('Wednesday, 25-Nov-26 12:01:00 GMT', NOW)).toBe(60_000)
    })

    it('returns 0 for the RFC 9110 example date in the past', () => {
      expect(parseRetryAfter('Sunday, 06-Nov-94 08:49:37 GMT', NOW)).toBe(0)
    })

    it('reads a two-digit year up to 50 years ahead of now as in the future', () => {
      expect(parseRetryAfter('Monday, 01-Jan-70 00:00:00 GMT', NOW)).toBe(
        Math.min(Date.UTC(2070, 0, 1) - NOW, MAX),
      )
      const now = Date.UTC(2026, 0, 1)
      expect(parseRetryAfter('Saturday, 01-Jan-28 00:00:10 GMT', now)).toBe(MAX)
      expect(parseRetryAfter('Thursday, 01-Jan-26 00:00:10 GMT', now)).toBe(10_000)
    })

    it('reads a year more than 50 years ahead as the most recent past year with those digits', () => {
      // From 1 Jan 2026, 2077 is more than 50 years away, so 77 is 1977: in the past.
      expect(parseRetryAfter('Saturday, 01-Jan-77 00:00:00 GMT', Date.UTC(2026, 0, 1))).toBe(0)
      // Measured from now: from 1 Jan 2030, 2077 is within 50 years, so it is the future.
      expect(parseRetryAfter('Friday, 01-Jan-77 00:00:00 GMT', Date.UTC(2030, 0, 1))).toBe(MAX)
    })

    it('measures the 50 years to the second, not by year numbers alone', () => {
      const now = Date.UTC(2026, 5, 15, 12, 0, 0)
      // 14 Jun 2076 is less than 50 years ahead: future. 16 Jun 2076 is more: 1976, in the past.
      expect(parseRetryAfter('Sunday, 14-Jun-76 12:00:00 GMT', now)).toBe(MAX)
      expect(parseRetryAfter('Tuesday, 16-Jun-76 12:00:00 GMT', now)).toBe(0)
    })

    it('reads a year in the next century when now is late in a century', () => {
      const now = Date.UTC(2090, 0, 1)
      expect(parseRetryAfter('Monday, 01-Jan-10 00:00:10 GMT', now)).toBe(MAX)
      expect(parseRetryAfter('Sunday, 01-Jan-90 00:00:10 GMT', now)).toBe(10_000)
      expect(parseRetryAfter('Sunday, 01-Jan-50 00:00:00 GMT', now)).toBe(0)
    })

    it('checks the calendar of the year it settles on', () => {
      expect(parseRetryAfter('Sunday, 29-Feb-26 00:00:00 GMT', NOW)).toBeUndefined()
      expect(parseRetryAfter('Tuesday, 29-Feb-28 00:00:00 GMT', Date.UTC(2028, 1, 28))).toBe(86_400_000)
      expect(parseRetryAfter('Monday, 01-Jan-27 24:00:00 GMT', NOW)).toBeUndefined()
    })

    it.each([
      ['short weekday', 'Sun, 06-Nov-94 08:49:37 GMT'],
      ['lower-case weekday', 'sunday, 06-Nov-94 08:49:37 GMT'],
      ['lower-case month', 'Sunday, 06-nov-94 08:49:37 GMT'],
      ['four-digit year', 'Sunday, 06-Nov-1994 08:49:37 GMT'],
      ['misspelled weekday', 'Tuseday, 06-Nov-94 08:49:37 GMT'],
      ['missing zone', 'Sunday, 06-Nov-94 08:49:37'],
    ])('rejects a %s: %j', (_, value) => {
      expect(parseRetryAfter(value, NOW)).toBeUndefined()
    })
  })

  describe('given 29-Feb-00 in an RFC 850 date', () => {
    it('reads it in the most recent century that has that day, however many centuries back', () => {
      // Seen from 2260 the limit is 2310: 2300, 2200 and 2100 have no 29 February, 2000 has.
      const now = Date.UTC(2260, 0, 1)
      expect(parseRetryAfter('Tuesday, 29-Feb-00 00:00:00 GMT', now)).toBe(0)
      // Seen from 2030, 2000 is the year, and the date is past.
      expect(parseRetryAfter('Tuesday, 29-Feb-00 00:00:00 GMT', Date.UTC(2030, 0, 1))).toBe(0)
      // Seen from 20 February 2400 the limit is 2450, and 2400 has the day: it is nine days ahead.
      expect(parseRetryAfter('Tuesday, 29-Feb-00 00:00:00 GMT', Date.UTC(2400, 1, 20))).toBe(9 * 86_400_000)
    })
  })

  describe('given an asctime date', () => {
    it('returns the time until that date, with a space-padded day', () => {
      expect(parseRetryAfter('Sun Dec  6 12:00:00 2026', NOW)).toBe(11 * 86_400_000)
    })

    it('accepts a two-digit day, zero-padded or not (RFC 9110 allows 2DIGIT)', () => {
      expect(parseRetryAfter('Wed Nov 25 12:00:05 2026', NOW)).toBe(5000)
      expect(parseRetryAfter('Sun Dec 06 12:00:00 2026', NOW)).toBe(11 * 86_400_000)
    })

    it('returns 0 for the RFC 9110 example date in the past', () => {
      expect(parseRetryAfter('Sun Nov  6 08:49:37 1994', NOW)).toBe(0)
    })

    it('reads the date as UTC, compared with a fixed epoch', () => {
      expect(parseRetryAfter('Thu Jan  1 00:00:10 1970', 0)).toBe(10_000)
    })

    it.each([
      ['one space before a one-digit day', 'Sun Dec 6 12:00:00 2026'],
      ['zone', 'Sun Dec  6 12:00:00 2026 GMT'],
      ['lower-case month', 'Sun dec  6 12:00:00 2026'],
      ['29 February 2026', 'Sun Feb 29 12:00:00 2026'],
      ['hour 24', 'Sun Dec  6 24:00:00 2026'],
    ])('rejects a %s: %j', (_, value) => {
      expect(parseRetryAfter(value, NOW)).toBeUndefined()
    })
  })

  describe('given a leap second (second 60, which RFC 9110 section 5.6.7 allows)', () => {
    // The instant after 23:59:59, the same as 00:00:00 of the next day: what POSIX time, and so Date, gives it.
    const AFTER = Date.UTC(1994, 10, 7, 0, 0, 0)
    const BEFORE = AFTER - 60_000

    it('accepts it in an IMF-fixdate, as the first second of the next minute', () => {
      expect(parseRetryAfter('Sun, 06 Nov 1994 23:59:60 GMT', BEFORE)).toBe(60_000)
      expect(parseRetryAfter('Sun, 06 Nov 1994 23:59:60 GMT', AFTER)).toBe(0)
      expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:60 GMT', NOW)).toBe(60_000)
    })

    it('accepts it in an RFC 850 date', () => {
      expect(parseRetryAfter('Sunday, 06-Nov-94 23:59:60 GMT', BEFORE)).toBe(60_000)
    })

    it('accepts it in an asctime date', () => {
      expect(parseRetryAfter('Sun Nov  6 23:59:60 1994', BEFORE)).toBe(60_000)
    })

    it('rolls over into the next year on 31 December', () => {
      expect(parseRetryAfter('Thu, 31 Dec 2026 23:59:60 GMT', Date.UTC(2026, 11, 31, 23, 59, 0))).toBe(60_000)
    })
  })

  describe('given a capitalised three-letter word that is not a month', () => {
    it.each([
      ['IMF-fixdate', 'Thu, 26 Jnu 2026 12:00:00 GMT'],
      ['IMF-fixdate', 'Thu, 26 Foo 2026 12:00:00 GMT'],
      ['IMF-fixdate', 'Thu, 26 Ja 2026 12:00:00 GMT'],
      ['RFC 850 date', 'Thursday, 26-Xyz-26 12:00:00 GMT'],
      ['asctime date', 'Thu Nvo 26 12:00:00 2026'],
    ])('rejects the %s %j instead of reading it as January', (_, value) => {
      expect(parseRetryAfter(value, NOW)).toBeUndefined()
    })

    it('still reads every real month, January to December', () => {
      const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
      months.forEach((month, index) => {
        expect(parseRetryAfter(`Mon, 01 ${month} 2026 00:00:00 GMT`, 0)).toBe(
          Math.min(Date.UTC(2026, index, 1), MAX),
        )
        expect(parseRetryAfter(`Mon, 01 ${month} 2026 00:00:00 GMT`, Date.UTC(2026, index, 1) - 1000)).toBe(
          1000,
        )
      })
    })
  })

  describe('given no usable value', () => {
    it('returns undefined for null and undefined', () => {
      expect(parseRetryAfter(null)).toBeUndefined()
      expect(parseRetryAfter(undefined)).toBeUndefined()
    })

    it('returns undefined without throwing for values that are not strings', () => {
      for (const value of [
        120,
        120n,
        {},
        [],
        ['120'],
        Symbol('120'),
        new String('120'),
        { toString: () => '5' },
      ]) {
        expect(parseRetryAfter(value as never, NOW)).toBeUndefined()
      }
    })

    it('stays fast on long runs of blanks and digits', () => {
      const started = performance.now()
      expect(parseRetryAfter(`${' '.repeat(100_000)}x${' '.repeat(100_000)}`, NOW)).toBeUndefined()
      expect(parseRetryAfter(`${'1'.repeat(100_000)}x`, NOW)).toBeUndefined()
      expect(performance.now() - started).toBeLessThan(1000)
    })
  })

  describe('given now', () => {
    it('defaults to the current time', () => {
      const inOneMinute = new Date(Date.now() + 60_000)
      inOneMinute.setUTCMilliseconds(0)
      const result = parseRetryAfter(inOneMinute.toUTCString())
      expect(result).toBeGreaterThan(58_000)
      expect(result).toBeLessThanOrEqual(60_000)
    })

    it('falls back to the current time when now is not a finite number', () => {
      expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', Number.NaN)).toBe(0)
      expect(parseRetryAfter('Fri, 31 Dec 9999 23:59:59 GMT', Number.POSITIVE_INFINITY)).toBe(MAX)
    })

    it('rounds a fractional now so the delay is never shorter than asked', () => {
      expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:01 GMT', NOW + 0.5)).toBe(1000)
    })
  })
})
