import { StatusError, type ToStatusErrorOptions, toStatusError } from '@statuskit/core'
import { isRouteErrorResponse } from 'react-router'
import { STATUSKIT_MEMBER } from './STATUSKIT_MEMBER'

/**
 * The StatusError for what `useRouteError()` returned: what `throwStatus` threw with its problem details, wait
 * and request id; a thrown Response or `data()` with a JSON body, or a problem+json body React Router kept as
 * text; anything else through `toStatusError`, with the app's `normalize` (`options`). The wait is anchored to
 * the clock of the call: read a route error once (`<StatusErrorPage>` keeps what it read for as long as the router
 * shows that error).
 */
export function readRouteError(raw: unknown, options?: ToStatusErrorOptions): StatusError {
  if (!isRouteErrorResponse(raw)) return toStatusError(raw, options)
  let body: unknown = raw.data
  // React Router keeps a body it does not read as JSON (application/problem+json among them) as text.
  if (typeof body === 'string' && body.length <= 65_536) {
    try {
      body = JSON.parse(body)
    } catch {
      // Text or HTML: there is no problem document to read.
    }
  }
  const { [STATUSKIT_MEMBER]: kit, ...document } = (
    typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}
  ) as Record<string, unknown>
  const base = toStatusError({ status: raw.status, data: document })
  if (base.status === undefined) return toStatusError(raw, options)
  const { retryAfterMs, requestId } = (kit ?? {}) as {
    retryAfterMs?: number
    requestId?: string
  }
  return new StatusError({
    kind: 'http',
    status: base.status,
    problem: base.problem,
    // A relative wait, re-anchored to this browser's clock. StatusError keeps only a number ≥ 0 and a request id of
    // printable characters, whatever the body says.
    retryAfterMs,
    requestId: requestId ?? base.requestId,
    cause: raw,
  })
}
