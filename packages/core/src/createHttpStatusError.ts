import { findRequestId } from './findRequestId'
import { isJsonContentType } from './isJsonContentType'
import { type ProblemDetails, parseProblemDetails } from './parseProblemDetails'
import { parseRateLimit } from './parseRateLimit'
import { parseRetryAfter } from './parseRetryAfter'
import { readHeader } from './readHeader'
import { readProperty } from './readProperty'
import { StatusError } from './StatusError'

/**
 * The one place an http StatusError is assembled from what a response carried, shared by `toStatusError`
 * (axios, ky, ofetch, tRPC, React Router, plain objects) and `fromResponse`.
 *
 * `body` is what the client already read (axios `response.data`, ky 2 / ofetch `data`, the text `fromResponse`
 * read). It becomes `problem` when the content type is `application/problem+json`, or when it is an object
 * with problem members (a string `type`/`title`/`detail`/`instance`, a numeric `status`, an `errors` array).
 * A string of at most `maxLength` characters under a JSON content type is parsed first, once: a JSON string
 * that holds JSON stays a string, and a string is never a problem.
 */
export function createHttpStatusError(
  status: number,
  headers: unknown,
  body: unknown,
  cause: unknown,
  now: number,
  maxLength = 65536,
): StatusError {
  const contentType = readHeader(headers, 'content-type')
  let problem: ProblemDetails | undefined
  try {
    // Invalid JSON and hostile bodies (revoked proxies inside) throw here and simply leave `problem` out.
    const data =
      typeof body === 'string' && body.length <= maxLength && isJsonContentType(contentType)
        ? JSON.parse(body)
        : body
    if (
      // isJsonContentType has already checked the rest of a JSON type.
      (isJsonContentType(contentType) && /\/problem\+/i.test(contentType as string)) ||
      ['type', 'title', 'detail', 'instance'].some((key) => typeof readProperty(data, key) === 'string') ||
      typeof readProperty(data, 'status') === 'number' ||
      // RFC 9457's own validation example carries its field errors in an `errors` array.
      Array.isArray(readProperty(data, 'errors'))
    ) {
      problem = parseProblemDetails(data)
    }
  } catch {
    // The status and headers still make a StatusError; only `problem` is left out.
  }
  return new StatusError({
    kind: 'http',
    status,
    // Retry-After always wins; the RateLimit header only fills in when there is no valid Retry-After.
    retryAfterMs:
      parseRetryAfter(readHeader(headers, 'retry-after'), now) ??
      parseRateLimit(readHeader(headers, 'ratelimit')),
    problem,
    requestId: findRequestId(headers, problem),
    cause,
    now,
  })
}
