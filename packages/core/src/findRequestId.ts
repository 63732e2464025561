import { isRequestId } from './isRequestId'
import type { ProblemDetails } from './parseProblemDetails'
import { readHeader } from './readHeader'

/** Common names of the header by which servers and gateways identify one request, most common first. */
const HEADERS = ['x-request-id', 'request-id', 'x-correlation-id', 'x-amzn-requestid', 'x-amz-request-id']

/**
 * An opaque reference support can look up: the first valid one of a request-id response header, the problem's
 * `traceId` or `requestId` member, and `problem.instance` when it is not an absolute URL (URLs may carry more
 * than an id).
 */
export function findRequestId(headers: unknown, problem: ProblemDetails | undefined): string | undefined {
  const instance = problem?.instance
  return [
    ...HEADERS.map((name) => readHeader(headers, name)?.trim()),
    problem?.extensions.traceId,
    problem?.extensions.requestId,
    instance && !/^[a-z][\w+.-]*:|^[\\/]{2}/i.test(instance) ? instance : undefined,
  ].find(isRequestId)
}
