import { getStatus } from './getStatus'
import { isHttpStatus } from './isHttpStatus'
import { STATUS_ERROR_MESSAGES } from './STATUS_ERROR_MESSAGES'

/**
 * The message of a StatusError of this kind and status ("404 Not Found", "499 HTTP Error", "Network error"),
 * or undefined when they cannot make one: a kind that is not a StatusErrorKind, an http status that is not an
 * integer in 100–599, or a status on any other kind. The constructor and `isStatusError` both check with it.
 */
export function statusErrorMessage(kind: unknown, status: unknown): string | undefined {
  return kind === 'http'
    ? isHttpStatus(status)
      ? `${status} ${getStatus(status)?.reason ?? 'HTTP Error'}`
      : undefined
    : typeof kind === 'string' && status === undefined
      ? STATUS_ERROR_MESSAGES[kind]
      : undefined
}
