import { findRequestId } from './findRequestId'
import { isJsonContentType } from './isJsonContentType'
import { type ProblemDetails, parseProblemDetails } from './parseProblemDetails'
import { parseRateLimit } from './parseRateLimit'
import { parseRetryAfter } from './parseRetryAfter'
import { readHeader } from './readHeader'
import { readProperty } from './readProperty'
import { StatusError } from './StatusError'

/** String members that mark a body as a problem document (as do a numeric `status` and an `errors` array). */
const PROBLEM_MEMBERS = ['type', 'title', 'detail', 'instance']

function attempt<T>(run: () => T): T | undefined {
  try {
    return run()
  } catch {
    return undefined
  }
}

/**
 * The one place an http StatusError is assembled from what a response carried, shared by `toStatusError`
 * (axios, ky, ofetch, tRPC, React Router, plain objects) and `fromResponse`.
 *
 * `body` is what the client already read (axios `response.data`, ky 2 / ofetch `data`). It becomes `problem`
 * when the content type is `application/problem+json`, or when it is an object with problem members (a string
 * `type`/`title`/`detail`/`instance`, a numeric `status`, an `errors` array); a string under a JSON content
 * type is parsed first.
 */
export function createHttpStatusError(
  status: number,
  headers: unknown,
  body: unknown,
  cause: unknown,
  now: number,
): StatusError {
  const contentType = readHeader(headers, 'content-type')
  let data = body
  if (typeof data === 'string' && data.length <= 65536 && isJsonContentType(contentType)) {
    data = attempt(() => JSON.parse(data as string))
  }
  const isProblemType =
    contentType !== undefined && /^[\t ]*application\/problem\+json[\t ]*(?:;|$)/i.test(contentType)
  const problem: ProblemDetails | undefined = attempt(() =>
    isProblemType ||
    PROBLEM_MEMBERS.some((key) => typeof readProperty(data, key) === 'string') ||
    typeof readProperty(data, 'status') === 'number' ||
    // RFC 9457's own validation example carries its field errors in an `errors` array.
    Array.isArray(readProperty(data, 'errors'))
      ? parseProblemDetails(data)
      : undefined,
  )
  const retryAfterMs =
    attempt(() => parseRetryAfter(readHeader(headers, 'retry-after'), now)) ??
    attempt(() => parseRateLimit(readHeader(headers, 'ratelimit')))
  return new StatusError({
    kind: 'http',
    status,
    retryAfterMs,
    problem,
    requestId: findRequestId(headers, problem),
    cause,
    now,
  })
}
