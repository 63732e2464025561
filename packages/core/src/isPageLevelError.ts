import type { StatusError } from './StatusError'

/** Client errors that make the whole view pointless: sign in, no access, gone, slow down. */
const PAGE_LEVEL_CLIENT_ERRORS: ReadonlySet<number> = new Set([401, 403, 404, 410, 429])

/**
 * Whether a failed request should replace the view with a status page (an error boundary's job) rather than be
 * shown beside the content: 401, 403, 404, 410, 429, every 5xx, `network` and `timeout`. Validation-style
 * answers (400, 409, 422 and other 4xx), aborts and unknown failures stay with the code that made the request.
 */
export function isPageLevelError(error: StatusError): boolean {
  switch (error.kind) {
    case 'http':
      return error.status !== undefined && (error.status >= 500 || PAGE_LEVEL_CLIENT_ERRORS.has(error.status))
    case 'network':
    case 'timeout':
      return true
    case 'abort':
    case 'unknown':
      return false
    default:
      return error.kind satisfies never
  }
}
