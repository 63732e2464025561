import type { StatusError } from './StatusError'

/**
 * Whether a failure is worth reporting to an error tracker by default: our fault or the network's (5xx,
 * `network`, `timeout`, `unknown`, and statuses that should never surface as errors). Client errors (4xx) are
 * expected answers (a missing page, an ended session, a rate limit) and aborts are deliberate, so neither is.
 */
export function isReportableError(error: StatusError): boolean {
  switch (error.kind) {
    case 'http':
      return error.status === undefined || error.status < 400 || error.status >= 500
    case 'abort':
      return false
    case 'network':
    case 'timeout':
    case 'unknown':
      return true
    default:
      return error.kind satisfies never
  }
}
