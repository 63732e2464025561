/** The largest delay `setTimeout` honours; every result is clamped to it. */
const MAX_DELAY = 2147483647

const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec'
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'
const DAY_NAME = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)'
const TIME = '(\\d\\d):(\\d\\d):(\\d\\d)'

// RFC 9110 §5.6.7. The grammar is case-sensitive and fixed-width, so exact patterns reject what Date.parse
// would guess at (ISO dates, lower-case names, missing zone). `\d` is ASCII-only without the `u` flag.
const IMF_FIXDATE = new RegExp(`^${DAY_NAME}, (\\d\\d) ${MONTH} (\\d{4}) ${TIME} GMT$`)
const RFC850_DATE = new RegExp(
  `^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (\\d\\d)-${MONTH}-(\\d\\d) ${TIME} GMT$`,
)
const ASCTIME_DATE = new RegExp(`^${DAY_NAME} ${MONTH} (\\d\\d| \\d) ${TIME} (\\d{4})$`)

/**
 * Epoch ms of a UTC date-time from regex-checked digit strings, or NaN when it is not on the calendar
 * (29 February 2026, hour 24, second 60…).
 */
function utc(year: number, month = '', day = '', hour = '', minute = '', second = ''): number {
  const monthIndex = MONTHS.indexOf(month) / 3
  const date = new Date(0)
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999. An impossible day rolls into
  // another month, which the month check catches.
  date.setUTCFullYear(year, monthIndex, +day)
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
  if (typeof value !== 'string') return undefined
  // Trimmed by hand: a `[ \t]+$` regex is quadratic on long runs of blanks.
  let start = 0
  let end = value.length
  while (start < end && (value[start] === ' ' || value[start] === '\t')) start++
  while (end > start && (value[end - 1] === ' ' || value[end - 1] === '\t')) end--
  const text = value.slice(start, end)

  // parseInt of a checked digit string cannot be lenient; a huge one gives Infinity, which the clamp absorbs.
  if (/^\d+$/.test(text)) return Math.min(Number.parseInt(text, 10) * 1000, MAX_DELAY)

  if (typeof now !== 'number' || !Number.isFinite(now)) now = Date.now()
  let time = Number.NaN
  const imf = IMF_FIXDATE.exec(text)
  const asctime = ASCTIME_DATE.exec(text)
  const rfc850 = RFC850_DATE.exec(text)
  if (imf) {
    const [, day, month, year, hour, minute, second] = imf
    time = utc(Number.parseInt(year ?? '', 10), month, day, hour, minute, second)
  } else if (asctime) {
    const [, month, day, hour, minute, second, year] = asctime
    time = utc(Number.parseInt(year ?? '', 10), month, day?.trim(), hour, minute, second)
  } else if (rfc850) {
    const [, day, month, twoDigitYear, hour, minute, second] = rfc850
    // RFC 9110 §5.6.7: a two-digit year that would be more than 50 years in the future is the most recent
    // past year with those digits. Start one century ahead and step back until within the window.
    const limit = new Date(now)
    limit.setUTCFullYear(limit.getUTCFullYear() + 50)
    let year =
      limit.getUTCFullYear() - (limit.getUTCFullYear() % 100) + Number.parseInt(twoDigitYear ?? '', 10) + 100
    do {
      year -= 100
      time = utc(year, month, day, hour, minute, second)
      // A date missing from the candidate year (29 Feb 2100) steps back too, at most to the previous century.
    } while (!(time <= limit.getTime()) && year > limit.getUTCFullYear() - 150)
  }
  if (Number.isNaN(time)) return undefined
  return Math.min(Math.max(0, Math.ceil(time - now)), MAX_DELAY)
}
