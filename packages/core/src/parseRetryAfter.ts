import { MAX_DELAY_MS } from './MAX_DELAY_MS'

const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec'

// The three HTTP-date forms of RFC 9110 §5.6.7, in one pattern that captures the month of the form that
// matched: IMF-fixdate (group 1), asctime (2) and RFC 850 (3). The grammar is case-sensitive and fixed-width,
// so an exact pattern rejects what Date.parse would guess at (ISO dates, lower-case names, missing zone); the
// time must be on the clock, where second 60 is a leap second (RFC 9110 §5.6.7 allows it). `\d` is ASCII-only without the `u` flag. A capitalised three-letter month can
// only be found in MONTHS at the start of a name, so its index is that of a real month or -1, and -1 / 3 is
// no month at all: the month check below rejects it (`Jnu` is not January).
const HTTP_DATE =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:, \d\d ([A-Z][a-z]{2}) \d{4} (?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60) GMT| ([A-Z][a-z]{2}) [ \d]\d (?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60) \d{4})|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \d\d-([A-Z][a-z]{2})-\d\d (?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60) GMT)$/

/**
 * Parses a `Retry-After` value (RFC 9110 §10.2.3) into milliseconds to wait.
 *
 * Accepts `delay-seconds` (ASCII digits only) and the three HTTP-date forms: IMF-fixdate
 * (`Sun, 06 Nov 1994 08:49:37 GMT`), RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`, its two-digit year read
 * as the nearest year not more than 50 years after `now`) and asctime (`Sun Nov  6 08:49:37 1994`, read as UTC).
 * Names are case-sensitive; dates must exist; the weekday is not checked. Second 60, a leap second, is valid
 * and read as the first second of the next minute (`23:59:60` is the instant of the next day's `00:00:00`, as
 * in POSIX time). Spaces and tabs around the value are allowed. A past date gives 0. Results are clamped to
 * 2147483647.
 *
 * @param now epoch ms that dates are measured from. @default Date.now()
 * @returns the delay in ms, or `undefined` for a missing or invalid value (never throws).
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  // Only spaces and tabs may surround the value, and no form has other whitespace inside it, so any other
  // whitespace (newlines, NBSP…) anywhere rejects the value and trim() then removes just spaces and tabs.
  if (typeof value !== 'string' || /[^\S \t]/.test(value)) return undefined
  const text = value.trim()

  // Number() of a checked digit string cannot be lenient; a huge one gives Infinity, which the clamp absorbs.
  if (/^\d+$/.test(text)) return Math.min(+text * 1000, MAX_DELAY_MS)

  const match = HTTP_DATE.exec(text)
  if (!match) return undefined
  if (!Number.isFinite(now)) now = Date.now()
  const month = MONTHS.indexOf(match[1] ?? match[2] ?? (match[3] as string)) / 3
  // The numbers in the order they appear: day, year, hour, minute, second; asctime puts the year last.
  const numbers = (text.match(/\d+/g) as string[]).map(Number)
  if (match[2]) numbers.splice(1, 0, numbers.pop() as number)
  let [day, year = 0, ...time] = numbers as [number, number?, ...number[]]
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999. An impossible day (31 April,
  // 29 February 2026, day 00) rolls into another month, and an unknown month name (-1 / 3, truncated to 0)
  // lands in January: the month check catches both.
  const at = (fullYear: number): number => {
    const date = new Date(0)
    date.setUTCFullYear(fullYear, month, day)
    return date.getUTCMonth() === month ? date.setUTCHours(...(time as [number, number, number])) : Number.NaN
  }
  let date = at(year)
  if (match[3]) {
    // RFC 9110 §5.6.7: a two-digit year that would be more than 50 years in the future is the most recent
    // past year with those digits. Try the century of now + 50 years, then the ones before: a date in the
    // future past the limit, or a 29 February that year lacks (29-Feb-00 in 2100, 2200 and 2300), goes back
    // a century, up to the last one that has every 29 February (2000 for 2300).
    const limit = new Date(now)
    const limitYear = limit.getUTCFullYear() + 50
    const limitTime = limit.setUTCFullYear(limitYear)
    year += limitYear - (limitYear % 100)
    date = Number.NaN
    for (let back = 0; back < 400 && !(date <= limitTime); back += 100) date = at(year - back)
  }
  return Number.isNaN(date) ? undefined : Math.min(Math.max(0, Math.ceil(date - now)), MAX_DELAY_MS)
}
