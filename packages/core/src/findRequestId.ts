import { isRequestId } from './isRequestId'
import type { ProblemDetails } from './parseProblemDetails'
import { readHeader } from './readHeader'

/** Common names of the header by which servers and gateways identify one request. */
const HEADERS = ['x-request-id', 'request-id', 'x-correlation-id', 'x-amzn-requestid', 'x-amz-request-id']

/**
 * An opaque reference support can look up: a request-id response header, else the problem's `traceId` or
 * `requestId` member, else `problem.instance` when it is not an absolute URL (URLs may carry more than an id).
 */
export function findRequestId(headers: unknown, problem: ProblemDetails | undefined): string | undefined {
  for (const name of HEADERS) {
    const value = readHeader(headers, name)?.trim()
    if (isRequestId(value)) return value
  }
  const extensions = problem?.extensions
  const candidates = [extensions?.traceId, extensions?.requestId]
  const instance = problem?.instance
  if (typeof instance === 'string' && !/^[a-z][\w+.-]*:|^[\\/]{2}/i.test(instance)) candidates.push(instance)
  return candidates.find(isRequestId) as string | undefined
}
