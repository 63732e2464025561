import fc from 'fast-check'
import { describe, it } from 'vitest'
import { parseRetryAfter } from '../parseRetryAfter'
import { checkProperty } from './property'
import { referenceRetryAfter } from './referenceRetryAfter'

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
const LONG_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const pad = (value: number, width: number) => String(value).padStart(width, '0')

/** A name, sometimes in the wrong case or misspelt. */
const nameFrom = (names: string[]) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...names) },
    fc.constantFrom(...names).map((name) => name.toLowerCase()),
    fc.constantFrom(...names).map((name) => name.toUpperCase()),
    fc.constantFrom('Jnu', 'Foo', 'Tues', 'Thurs', 'Sept', 'Mo', ''),
  )

/** Date and time fields, mostly valid, with impossible days and times, leap seconds and leap years among them. */
const fields = fc.record({
  day: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 28 }) }, fc.integer({ min: 0, max: 39 })),
  month: nameFrom(MONTHS),
  year: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1900, max: 2200 }) },
    fc.constantFrom(1996, 2000, 2024, 2028, 2100, 2400),
    fc.integer({ min: 0, max: 9999 }),
  ),
  hour: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 23 }) }, fc.integer({ min: 0, max: 29 })),
  minute: fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 59 }) },
    fc.integer({ min: 0, max: 69 }),
  ),
  second: fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 59 }) },
    fc.constant(60),
    fc.integer({ min: 0, max: 99 }),
  ),
})

const clock = ({ hour, minute, second }: { hour: number; minute: number; second: number }) =>
  `${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}`

const imfFixdate = fc
  .tuple(nameFrom(DAYS), fields)
  .map(([name, f]) => `${name}, ${pad(f.day, 2)} ${f.month} ${pad(f.year, 4)} ${clock(f)} GMT`)
const rfc850Date = fc
  .tuple(nameFrom(LONG_DAYS), fields)
  .map(([name, f]) => `${name}, ${pad(f.day, 2)}-${f.month}-${pad(f.year % 100, 2)} ${clock(f)} GMT`)
const asctimeDate = fc
  .tuple(nameFrom(DAYS), fields, fc.boolean())
  .map(
    ([name, f, spacePadded]) =>
      `${name} ${f.month} ${spacePadded && f.day < 10 ? ` ${f.day}` : pad(f.day, 2)} ${clock(f)} ${pad(f.year, 4)}`,
  )
const delaySeconds = fc.oneof(
  fc.nat().map(String),
  fc.stringMatching(/^\d{1,400}$/),
  fc.constantFrom('1e3', '0x10', '-1', '1.5', '+5', '', ' ', '١٢'),
)

/** A value, with its near misses: a character dropped, doubled or swapped, or whitespace around it. */
const nearValid = fc
  .tuple(
    fc.oneof(
      imfFixdate,
      rfc850Date,
      asctimeDate,
      delaySeconds,
      // 29 February of a two-digit year: whether it exists depends on the century the year is read in.
      fc.constantFrom(
        'Tuesday, 29-Feb-00 00:00:00 GMT',
        'Sunday, 29-Feb-04 12:00:00 GMT',
        'Thursday, 29-Feb-01 00:00:00 GMT',
      ),
    ),
    fc.oneof(
      { weight: 5, arbitrary: fc.constant((text: string) => text) },
      fc
        .nat()
        .map(
          (at) => (text: string) =>
            text.slice(0, at % (text.length + 1)) + text.slice((at % (text.length + 1)) + 1),
        ),
      fc
        .nat()
        .map(
          (at) => (text: string) =>
            text.slice(0, at % (text.length + 1)) + text.slice(at % (text.length + 1)),
        ),
      fc
        .tuple(fc.nat(), fc.constantFrom(' ', '\t', '\n', '\u00a0', '-', ',', '0', 'a'))
        .map(([at, character]) => (text: string) => {
          const index = at % (text.length + 1)
          return text.slice(0, index) + character + text.slice(index)
        }),
    ),
    fc.constantFrom('', ' ', '\t', '  \t', '\n', '\u00a0', '\r\n'),
    fc.constantFrom('', ' ', '\t', ' \t ', '\n', '\u3000'),
  )
  .map(([text, change, before, after]) => before + change(text) + after)

describe('parseRetryAfter, held against a plain reading of RFC 9110', () => {
  it('agrees with the reference parser on valid and near-valid values', async () => {
    const now = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2999, 11, 31) })
    await checkProperty(
      'parseRetryAfter',
      6000,
      fc.property(
        nearValid,
        now,
        (value, at) => parseRetryAfter(value, at) === referenceRetryAfter(value, at),
      ),
    )
  }, 30_000)

  it('agrees with the reference parser on any string', async () => {
    await checkProperty(
      'parseRetryAfter (any string)',
      2000,
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }),
        (value, at) => {
          return parseRetryAfter(value, at) === referenceRetryAfter(value, at)
        },
      ),
    )
  }, 30_000)

  it('agrees with the reference parser on RFC 850 dates around the fifty-year limit', async () => {
    const around = fc
      .tuple(
        // Whole seconds half of the time, so the date can fall exactly on the limit.
        fc.oneof(
          fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2999, 11, 31) }),
          fc.integer({ min: -2208988800, max: 32503680000 }).map((seconds) => seconds * 1000),
        ),
        fc.oneof(fc.integer({ min: -2, max: 2 }), fc.integer({ min: -3 * 86_400, max: 3 * 86_400 })),
        fc.constantFrom(...LONG_DAYS),
      )
      .map(([now, offsetSeconds, name]) => {
        const limit = new Date(now)
        limit.setUTCFullYear(limit.getUTCFullYear() + 50)
        const at = new Date(Math.floor(limit.getTime() / 1000) * 1000 + offsetSeconds * 1000)
        const date = `${pad(at.getUTCDate(), 2)}-${MONTHS[at.getUTCMonth()]}-${pad(at.getUTCFullYear() % 100, 2)}`
        const time = `${pad(at.getUTCHours(), 2)}:${pad(at.getUTCMinutes(), 2)}:${pad(at.getUTCSeconds(), 2)}`
        return [`${name}, ${date} ${time} GMT`, now] as const
      })
    await checkProperty(
      'parseRetryAfter (RFC 850 near the limit)',
      2000,
      fc.property(around, ([value, now]) => parseRetryAfter(value, now) === referenceRetryAfter(value, now)),
    )
  }, 30_000)
})
