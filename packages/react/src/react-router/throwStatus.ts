import { toStatusError } from '@statuskit/core'
import { data } from 'react-router'
import { STATUSKIT_MEMBER } from './STATUSKIT_MEMBER'

/**
 * Throws a failure from a loader or action in a form React Router keeps, for `<StatusErrorPage>` to show:
 * `data(body, { status, statusText })`, whose body is the problem details document (standard members and
 * extensions, as RFC 9457 lays them out) plus a `statuskit` member with the server's wait and request id.
 * React Router drops a thrown Response's headers and reads only `application/json` bodies, so without this a
 * 429's `Retry-After` and a problem+json body's field errors would be lost.
 *
 * `source` is a StatusError (`await fromResponse(response)` keeps the body's problem details), anything
 * `toStatusError` understands, or a status number (`throwStatus(404)`). A failure without a status (network,
 * timeout) is thrown as its StatusError, which the page shows as it is in data mode; a server cannot send one
 * to the browser in framework mode, where it becomes React Router's unexpected error.
 *
 * Clocks: the wait is written as the time left now (`retryAfterMs`), not as a moment, and the page counts it
 * from when the browser reads the error, so a server whose clock differs from the browser's still gets the
 * wait it asked for; only the time the answer spends in transit is not counted.
 *
 * In framework mode the document response gets the status; the thrown `data()` also carries a `Retry-After`
 * header, which reaches the document when the route's `headers` export passes its `errorHeaders` on.
 *
 * @throws always: React Router's `data()` for an HTTP status, else the StatusError.
 */
export function throwStatus(source: unknown): never {
  const error = toStatusError(typeof source === 'number' ? { status: source } : source)
  const { status, problem, retryAt, requestId } = error
  if (status === undefined) throw error
  const retryAfterMs = retryAt === undefined ? undefined : Math.max(0, retryAt - Date.now())
  let body: Record<string, unknown> = { [STATUSKIT_MEMBER]: { retryAfterMs, requestId } }
  if (problem) {
    const { extensions, ...members } = problem
    // Extensions first: they never replace a standard member, as in the document the server sent.
    body = { ...extensions, ...members, ...body }
  }
  throw data(body, {
    status,
    // React Router calls an error without a statusText "Internal Server Error", whatever its status.
    statusText: error.definition?.reason ?? '',
    ...(retryAfterMs === undefined
      ? {}
      : { headers: { 'Retry-After': String(Math.ceil(retryAfterMs / 1000)) } }),
  })
}
