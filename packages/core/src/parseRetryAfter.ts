/** The largest delay `setTimeout` honours; every result is clamped to it. */
const MAX_DELAY = 2147483647

const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec'

// RFC 9110 §5.6.7. The grammar is case-sensitive and fixed-width, so exact patterns reject what Date.parse
// would guess at (ISO dates, lower-case names, missing zone). `\d` is ASCII-only without the `u` flag.
const IMF_FIXDATE =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d\d):(\d\d):(\d\d) GMT$/
const RFC850_DATE =
  /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (\d\d)-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d\d) (\d\d):(\d\d):(\d\d) GMT$/
const ASCTIME_DATE =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d\d| \d) (\d\d):(\d\d):(\d\d) (\d{4})$/

/**
 * Epoch ms of a UTC date-time from regex-checked digit strings, or NaN when it is not on the calendar
 * (29 February 2026, hour 24, second 60…).
 */
function utc(
  year: number | string | undefined,
  month = '',
  day = '',
  hour = '',
  minute = '',
  second = '',
): number {
  const monthIndex = MONTHS.indexOf(month) / 3
  const date = new Date(0)
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999. An impossible day rolls into
  // another month, which the month check catches.
  date.setUTCFullYear(+(year ?? ''), monthIndex, +day)
  return date.getUTCMonth() === monthIndex && +hour < 24 && +minute < 60 && +second < 60
    ? date.setUTCHours(+hour, +minute, +second)
    : Number.NaN
}

/**
 * Parses a `Retry-After` value (RFC 9110 §10.2.3) into milliseconds to wait.
 *
 * Accepts `delay-seconds` (ASCII digits only) and the three HTTP-date forms: IMF-fixdate
 * (`Sun, 06 Nov 1994 08:49:37 GMT`), RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`, its two-digit year read
 * as the nearest year not more than 50 years after `now`) and asctime (`Sun Nov  6 08:49:37 1994`, read as UTC).
 * Names are case-sensitive; dates must exist; the weekday is not checked. Spaces and tabs around the value
 * are allowed. A past date gives 0. Results are clamped to 2147483647.
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

  // parseInt of a checked digit string cannot be lenient; a huge one gives Infinity, which the clamp absorbs.
  if (/^\d+$/.test(text)) return Math.min(Number.parseInt(text, 10) * 1000, MAX_DELAY)

  if (!Number.isFinite(now)) now = Date.now()
  let time = Number.NaN
  const imf = IMF_FIXDATE.exec(text)
  const asctime = ASCTIME_DATE.exec(text)
  const rfc850 = RFC850_DATE.exec(text)
  if (imf) time = utc(imf[3], imf[2], imf[1], imf[4], imf[5], imf[6])
  else if (asctime) time = utc(asctime[6], asctime[1], asctime[2], asctime[3], asctime[4], asctime[5])
  else if (rfc850) {
    // RFC 9110 §5.6.7: a two-digit year that would be more than 50 years in the future is the most recent
    // past year with those digits. Try the century of now + 50 years, else the one before (which also
    // settles 29-Feb-00 when 2100, not a leap year, comes first).
    const limit = new Date(now)
    limit.setUTCFullYear(limit.getUTCFullYear() + 50)
    const year =
      limit.getUTCFullYear() - (limit.getUTCFullYear() % 100) + Number.parseInt(rfc850[3] ?? '', 10)
    time = utc(year, rfc850[2], rfc850[1], rfc850[4], rfc850[5], rfc850[6])
    if (!(time <= limit.getTime()))
      time = utc(year - 100, rfc850[2], rfc850[1], rfc850[4], rfc850[5], rfc850[6])
  }
  if (Number.isNaN(time)) return undefined
  return Math.min(Math.max(0, Math.ceil(time - now)), MAX_DELAY)
}
