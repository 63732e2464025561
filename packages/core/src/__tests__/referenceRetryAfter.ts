// A second, deliberately plain reading of Retry-After, written from RFC 9110 alone (§10.2.3 Retry-After,
// §5.6.7 Date/Time Formats, §5.6.3 whitespace) for the property tests to hold parseRetryAfter against. It walks
// the value field by field and counts days itself, so that it shares no pattern and no Date arithmetic with the
// code under test. It is the test's oracle, not product code: clarity over speed.

const MAX = 2147483647
const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
const LONG_DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function isDigits(text: string, length?: number): boolean {
  if (text.length === 0 || (length !== undefined && text.length !== length)) return false
  for (const character of text) if (character < '0' || character > '9') return false
  return true
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month] as number
}

/** Days from 1970-01-01 to the first of January of `year`, counted year by year. */
function daysBeforeYear(year: number): number {
  let days = 0
  for (let y = 1970; y < year; y++) days += isLeapYear(y) ? 366 : 365
  for (let y = year; y < 1970; y++) days -= isLeapYear(y) ? 366 : 365
  return days
}

interface Parts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

/** Epoch ms of a checked calendar date and clock time, or undefined when the date or time does not exist. */
function timestamp({ year, month, day, hour, minute, second }: Parts): number | undefined {
  if (month < 0 || day < 1 || day > daysInMonth(year, month)) return undefined
  // second 60 is a leap second (§5.6.7); as in POSIX time it is the instant after second 59.
  if (hour > 23 || minute > 59 || second > 60) return undefined
  let days = daysBeforeYear(year)
  for (let m = 0; m < month; m++) days += daysInMonth(year, m)
  days += day - 1
  return ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000
}

/** `HH:MM:SS`, each two digits, or undefined. */
function timeOfDay(text: string): Pick<Parts, 'hour' | 'minute' | 'second'> | undefined {
  const fields = text.split(':')
  if (fields.length !== 3 || !fields.every((field) => isDigits(field, 2))) return undefined
  const [hour, minute, second] = fields.map(Number) as [number, number, number]
  return { hour, minute, second }
}

/** IMF-fixdate, 29 characters at fixed places: `Sun, 06 Nov 1994 08:49:37 GMT`. */
function imfFixdate(text: string): Parts | undefined {
  if (text.length !== 29 || text.slice(3, 5) !== ', ' || text.slice(25) !== ' GMT') return undefined
  if (text[7] !== ' ' || text[11] !== ' ' || text[16] !== ' ') return undefined
  const [dayName, day, month, year, time] = [
    text.slice(0, 3),
    text.slice(5, 7),
    text.slice(8, 11),
    text.slice(12, 16),
    text.slice(17, 25),
  ]
  if (!DAY_NAMES.includes(dayName) || !isDigits(day, 2) || !MONTHS.includes(month) || !isDigits(year, 4)) {
    return undefined
  }
  const clock = timeOfDay(time)
  return clock && { year: Number(year), month: MONTHS.indexOf(month), day: Number(day), ...clock }
}

/** asctime-date, 24 characters at fixed places: `Sun Nov  6 08:49:37 1994` (day as 2DIGIT or SP DIGIT). */
function asctimeDate(text: string): Parts | undefined {
  if (text.length !== 24 || text[3] !== ' ' || text[7] !== ' ' || text[10] !== ' ' || text[19] !== ' ') {
    return undefined
  }
  const [dayName, month, dayField, time, year] = [
    text.slice(0, 3),
    text.slice(4, 7),
    text.slice(8, 10),
    text.slice(11, 19),
    text.slice(20),
  ]
  const day = dayField[0] === ' ' ? `0${dayField[1]}` : dayField
  if (!DAY_NAMES.includes(dayName) || !MONTHS.includes(month) || !isDigits(day, 2) || !isDigits(year, 4)) {
    return undefined
  }
  const clock = timeOfDay(time)
  return clock && { year: Number(year), month: MONTHS.indexOf(month), day: Number(day), ...clock }
}

/** rfc850-date: `Sunday, 06-Nov-94 08:49:37 GMT`; its two-digit year is settled by the caller. */
function rfc850Date(text: string): Parts | undefined {
  const comma = text.indexOf(', ')
  if (comma < 0 || !LONG_DAY_NAMES.includes(text.slice(0, comma))) return undefined
  const rest = text.slice(comma + 2)
  if (
    rest.length !== 22 ||
    rest[2] !== '-' ||
    rest[6] !== '-' ||
    rest[9] !== ' ' ||
    rest.slice(18) !== ' GMT'
  ) {
    return undefined
  }
  const [day, month, year, time] = [rest.slice(0, 2), rest.slice(3, 6), rest.slice(7, 9), rest.slice(10, 18)]
  if (!isDigits(day, 2) || !MONTHS.includes(month) || !isDigits(year, 2)) return undefined
  const clock = timeOfDay(time)
  return clock && { year: Number(year), month: MONTHS.indexOf(month), day: Number(day), ...clock }
}

/** The same calendar day and clock time `years` later (a 29 February that does not exist rolls to 1 March). */
function yearsLater(time: number, years: number): number {
  const date = new Date(time)
  date.setUTCFullYear(date.getUTCFullYear() + years)
  return date.getTime()
}

/** Milliseconds to wait for a Retry-After value at `now`, or undefined when the value is invalid. */
export function referenceRetryAfter(value: unknown, now: number): number | undefined {
  if (typeof value !== 'string') return undefined
  // §5.6.3: optional whitespace (spaces and horizontal tabs) around a field value.
  let start = 0
  let end = value.length
  while (start < end && (value[start] === ' ' || value[start] === '\t')) start++
  while (end > start && (value[end - 1] === ' ' || value[end - 1] === '\t')) end--
  const text = value.slice(start, end)

  // delay-seconds = 1*DIGIT
  if (isDigits(text)) return Math.min(Number(text) * 1000, MAX)

  const fixed = imfFixdate(text) ?? asctimeDate(text)
  let time: number | undefined
  if (fixed) {
    time = timestamp(fixed)
  } else {
    const old = rfc850Date(text)
    if (!old) return undefined
    // §5.6.7: a two-digit year that appears to be more than 50 years in the future is the most recent year in
    // the past with the same last two digits: the latest year with those digits that is not past the limit.
    const limit = yearsLater(now, 50)
    const limitYear = new Date(limit).getUTCFullYear()
    // Looking back a few centuries finds the year for 29-Feb-00, which exists in 2000 but not in 2100.
    for (let year = limitYear - (limitYear % 100) + old.year; year > limitYear - 400; year -= 100) {
      const candidate = timestamp({ ...old, year })
      if (candidate !== undefined && candidate <= limit) {
        time = candidate
        break
      }
    }
  }
  if (time === undefined) return undefined
  return Math.min(Math.max(0, Math.ceil(time - now)), MAX)
}
