import { isControlFlowThrow, type StatusErrorKind, toStatusError } from '@statuskit/core'
// With the extension: `next` has no exports map, so plain Node (ESM) resolves only the file. Next's bundlers map
// this file to its Server Component build in Server Components, as they do `next/navigation`.
import { forbidden, notFound, unauthorized } from 'next/navigation.js'
import { encodeStatusDigest } from './encodeStatusDigest'

/**
 * On the server, a request that failed without an answer is the service's problem, not the visitor's
 * connection: an upstream that cannot be reached is a bad gateway, one that did not answer in time a gateway
 * timeout, anything else an internal error.
 */
const SERVER_STATUS: Readonly<Record<StatusErrorKind, number>> = {
  http: 500,
  network: 502,
  timeout: 504,
  abort: 500,
  unknown: 500,
}

/**
 * Ends a Server Component, Server Action or Route Handler with a status, so the right page reaches the browser.
 * `source` is a `StatusError` (`await fromResponse(response)`), anything `toStatusError` understands, or a
 * status number.
 *
 * - 404 and 410: Next's `notFound()`: the nearest `not-found.tsx`, with HTTP status 404.
 * - 403 and 401: Next's `forbidden()` / `unauthorized()` (`forbidden.tsx`, `unauthorized.tsx`, HTTP 403/401)
 *   when `experimental.authInterrupts` is on. Without it Next refuses them (they throw a plain error that would
 *   show as "Something went wrong"), so the status goes the way of every other one below instead.
 * - Any other status: an error whose `digest` carries the status, the server's retry time (absolute) and the
 *   request reference. Next keeps a digest through production error hiding, so `StatusErrorPage` in
 *   `error.tsx` shows that status's page: a 503's maintenance page with the server's time, a 429's countdown.
 *   The HTTP status of such a response is Next's own (500 for a page that fails before streaming).
 *   On the server, a network failure counts as 502 and a timeout as 504: the upstream failed, not the visitor.
 *
 * The digest never holds the server's words (title, detail, message): only the status, the time and the
 * reference. Call it outside `try`/`catch`, or re-throw what it throws, as with `notFound()`.
 */
export function throwStatus(source: unknown): never {
  const error = toStatusError(typeof source === 'number' ? { status: source } : source)
  const status = error.status ?? SERVER_STATUS[error.kind]
  const interrupt =
    status === 404 || status === 410
      ? notFound
      : status === 403
        ? forbidden
        : status === 401
          ? unauthorized
          : undefined
  try {
    interrupt?.()
  } catch (thrown) {
    // What Next throws when `experimental.authInterrupts` is off is an ordinary error: use the digest instead.
    if (isControlFlowThrow(thrown)) throw thrown
  }
  throw Object.assign(new Error(error.message), { digest: encodeStatusDigest(status, error) })
}
