import { createHttpStatusError } from './createHttpStatusError'
import { isHttpStatus } from './isHttpStatus'
import { isStatusError } from './isStatusError'
import { readProperty } from './readProperty'
import { StatusError } from './StatusError'

/** Options of `toStatusError`. */
export interface ToStatusErrorOptions {
  /** Normalization time in epoch ms: the base of `retryAt` and of Retry-After dates. @default Date.now() */
  now?: number
}

/**
 * What a thrown value's words say happened, matched whole: group 1 is an abort, group 2 a timeout, anything
 * else a network failure.
 * - Error names, whoever threw them: DOMException, ky, AbortSignal.timeout().
 * - axios codes, and the Node system errors that axios and node-fetch pass through as `code`.
 * - The messages browsers and runtimes give the TypeError that `fetch` rejects with when no response arrives,
 *   or when the connection drops while the body streams: Chrome ("Failed to fetch", "network error"), Node's
 *   undici ("fetch failed", "terminated"), Safari (five, one of them a timeout), Firefox, and React Native's
 *   fetch ("Network request failed", and "Network request timed out" for its timeout). Chrome may append the
 *   host in parentheses.
 */
const KIND =
  /^(?:(AbortError|ERR_CANCELED)|(TimeoutError|ECONNABORTED|ETIMEDOUT|Network request timed out|The request timed out\.)|NetworkError|ERR_NETWORK|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|Failed to fetch|network error|fetch failed|terminated|Load failed|The network connection was lost\.|The Internet connection appears to be offline\.|A server with the specified hostname could not be found\.|Could not connect to the server\.|NetworkError when attempting to fetch resource\.|Network request failed)( \(.*\))?$/

/**
 * A StatusError for a recognised shape, else undefined. Every read of the value is guarded by `readProperty`
 * and only strings reach the pattern, so nothing here throws; the caller still catches, as a last defence.
 */
function normalize(value: unknown, cause: unknown, now: number, depth: number): StatusError | undefined {
  const response = readProperty(value, 'response')
  const data = readProperty(value, 'data')
  const status = [
    readProperty(value, 'status'),
    readProperty(value, 'statusCode'),
    readProperty(response, 'status'),
    readProperty(data, 'httpStatus'),
  ].find(isHttpStatus)
  if (status) {
    const headers =
      readProperty(response, 'headers') ??
      readProperty(value, 'headers') ??
      readProperty(readProperty(readProperty(value, 'meta'), 'response'), 'headers')
    return createHttpStatusError(status, headers, data ?? readProperty(response, 'data'), cause, now)
  }
  // A fetch Response without a usable status: Response.error() and opaque responses have status 0.
  if (readProperty(value, 'ok') === false && readProperty(value, 'status') === 0) {
    return new StatusError({ kind: 'network', cause, now })
  }
  const name = readProperty(value, 'name')
  for (const words of [
    // Codes only count where a client defines them; names count on anything.
    (readProperty(value, 'isAxiosError') === true || name === 'FetchError') && readProperty(value, 'code'),
    name,
    // Any other TypeError is a programming error: unknown.
    name === 'TypeError' && readProperty(value, 'message'),
  ]) {
    const match = typeof words === 'string' && KIND.exec(words)
    if (match) {
      return new StatusError({ kind: match[1] ? 'abort' : match[2] ? 'timeout' : 'network', cause, now })
    }
  }
  // ofetch, node-fetch and tRPC wrap the error that fetch threw; what it was decides.
  return depth < 3 && (name === 'FetchError' || name === 'TRPCClientError')
    ? normalize(readProperty(value, 'cause'), cause, now, depth + 1)
    : undefined
}

/**
 * One StatusError from any thrown value. Synchronous, never throws, and returns a StatusError unchanged.
 *
 * Recognises by shape, never by `instanceof`, so copies from other bundles and realms work: fetch `Response`,
 * axios, ky 1 and 2, ofetch, tRPC, React Router error responses, plain objects with an integer `status` or
 * `statusCode` in 100–599, the network TypeErrors of browsers and runtimes, and errors named `AbortError`,
 * `TimeoutError` or `NetworkError`. Everything else, including hostile values, is `kind: 'unknown'`.
 * Bodies are not read here: use `fromResponse` for a `Response` whose problem details you want.
 */
export function toStatusError(value: unknown, options?: ToStatusErrorOptions): StatusError {
  if (isStatusError(value)) return value
  const requested = readProperty(options, 'now')
  const now = Number.isFinite(requested) ? (requested as number) : Date.now()
  let error: StatusError | undefined
  try {
    error = normalize(value, value, now, 0)
  } catch {
    // Unreachable by design; a hostile value would still end up as 'unknown' below.
  }
  return error ?? new StatusError({ kind: 'unknown', cause: value, now })
}
