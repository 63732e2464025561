import { getStatus } from './getStatus'
import type { ProblemDetails } from './parseProblemDetails'

/** Options of `createStatusResponse`. */
export interface CreateStatusResponseInit {
  /**
   * Sets `Retry-After`: a number of seconds, rounded up to whole seconds and written as plain digits (negative,
   * NaN or infinite values throw a RangeError), or a Date, rounded up to the next whole second and sent as an
   * IMF-fixdate (a Date outside the years 0–9999, which that format cannot write, throws a RangeError).
   * `parseRetryAfter` reads back every value written. Takes precedence over a `Retry-After` in `headers`.
   */
  retryAfter?: number | Date
  /**
   * Members of the problem document. `type` defaults to `'about:blank'`, `title` to the reason phrase,
   * `status` to `code` (give another to simulate a body that disagrees with the HTTP status). `extensions`
   * are flattened into the body; they never replace a standard member.
   */
  problem?: Partial<ProblemDetails>
  /** Extra headers, merged in. A `Content-Type` given here replaces `application/problem+json`. */
  headers?: HeadersInit
}

// Titles for codes in range that the IANA registry does not list (499, 520…): the name of their class.
const CLASS_TITLES: Record<number, string> = {
  2: 'Success',
  3: 'Redirection',
  4: 'Client Error',
  5: 'Server Error',
}

/** The code as the error names it: a number as written, a string quoted (so `'404'` shows as `"404"`). */
function describeCode(code: unknown): string {
  return typeof code === 'number'
    ? String(code)
    : typeof code === 'string'
      ? JSON.stringify(code)
      : typeof code
}

/**
 * Builds a real `Response` for a status code, as a server following RFC 9457 would send it: an
 * `application/problem+json` body with `type`, `title`, `status`, the `problem`'s other members and its
 * extensions flattened in. For tests, mocks (MSW handlers) and stories.
 *
 * - `code` must be an integer from 200 to 599 (what `Response` can carry); anything else throws a RangeError
 *   that names it.
 * - 204, 205 and 304 get no body and no content type, as HTTP requires.
 * - `statusText` is the registered reason phrase; for an unregistered code (499) it is empty and the body's
 *   `title` falls back to the class's name ("Client Error", "Server Error"…).
 * - `Retry-After` is whole seconds rounded up, or an IMF-fixdate rounded up to the next whole second: never
 *   a value `parseRetryAfter` cannot read back.
 *
 * @throws RangeError for a code outside 200–599, or a `retryAfter` that is no wait or that an IMF-fixdate
 * cannot write, naming the value.
 */
export function createStatusResponse(code: number, init: CreateStatusResponseInit = {}): Response {
  if (!Number.isInteger(code) || code < 200 || code > 599) {
    throw new RangeError(
      `createStatusResponse: ${describeCode(code)} is not an HTTP status code from 200 to 599`,
    )
  }
  const { retryAfter, problem = {}, headers: extraHeaders } = init
  const reason = getStatus(code)?.reason
  const headers = new Headers(extraHeaders)

  if (retryAfter instanceof Date) {
    const time = retryAfter.getTime()
    if (Number.isNaN(time)) {
      throw new RangeError('createStatusResponse: retryAfter is an invalid Date')
    }
    // Up, as for seconds: a mock never asks the client to come back before it meant to.
    const date = new Date(Math.ceil(time / 1000) * 1000)
    const year = date.getUTCFullYear()
    // An IMF-fixdate has a four-digit year: toUTCString would write year 10000 or -1 in a form no one reads.
    if (year < 0 || year > 9999) {
      throw new RangeError(
        `createStatusResponse: retryAfter must be a Date from year 0 to 9999, got ${retryAfter.toISOString()}`,
      )
    }
    headers.set('Retry-After', date.toUTCString())
  } else if (retryAfter !== undefined) {
    if (typeof retryAfter !== 'number' || !Number.isFinite(retryAfter) || retryAfter < 0) {
      throw new RangeError(
        `createStatusResponse: retryAfter must be a number of seconds ≥ 0, got ${String(retryAfter)}`,
      )
    }
    // Through BigInt, since String() writes 1e21 and above in exponent notation, which is no delay-seconds.
    headers.set('Retry-After', BigInt(Math.ceil(retryAfter)).toString())
  }

  const hasBody = code !== 204 && code !== 205 && code !== 304
  if (!hasBody) return new Response(null, { status: code, statusText: reason ?? '', headers })

  // Members beyond the standard five (from JavaScript callers or a widened type) are sent too, like extensions.
  const { type, title, status, detail, instance, extensions, ...members } =
    problem as Partial<ProblemDetails> & Record<string, unknown>
  const body: Record<string, unknown> = {
    type: type ?? 'about:blank',
    title: title ?? reason ?? CLASS_TITLES[Math.floor(code / 100)],
    status: status ?? code,
    detail,
    instance,
    ...members,
  }
  if (typeof extensions === 'object' && extensions !== null) {
    for (const [key, value] of Object.entries(extensions)) {
      // defineProperty, not assignment: an extension named `__proto__` stays a member of the body.
      if (!Object.hasOwn(body, key)) {
        Object.defineProperty(body, key, { value, enumerable: true, writable: true, configurable: true })
      }
    }
  }
  if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/problem+json')
  return new Response(JSON.stringify(body), { status: code, statusText: reason ?? '', headers })
}
