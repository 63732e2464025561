import { createHttpStatusError } from './createHttpStatusError'
import { isHttpStatus } from './isHttpStatus'
import { isStatusError } from './isStatusError'
import { readProperty } from './readProperty'
import { StatusError, type StatusErrorKind } from './StatusError'

export interface ToStatusErrorOptions {
  /** Normalization time in epoch ms: the base of `retryAt` and of Retry-After dates. @default Date.now() */
  now?: number
}

/**
 * The messages browsers and runtimes give the TypeError that `fetch` rejects with when no response arrives:
 * Chrome, Node (undici), Safari (three), Firefox, React Native. Chrome may append the host in parentheses.
 */
const NETWORK_MESSAGE =
  /^(?:Failed to fetch|fetch failed|Load failed|The network connection was lost\.|The Internet connection appears to be offline\.|NetworkError when attempting to fetch resource\.|Network request failed)(?: \(.*\))?$/

/** axios codes, and the Node system errors that axios and node-fetch pass through as `code`. */
const CODE_KINDS: Readonly<Record<string, StatusErrorKind>> = {
  __proto__: null,
  ERR_NETWORK: 'network',
  ECONNREFUSED: 'network',
  ECONNRESET: 'network',
  ENOTFOUND: 'network',
  EAI_AGAIN: 'network',
  ENETUNREACH: 'network',
  EHOSTUNREACH: 'network',
  ECONNABORTED: 'timeout',
  ETIMEDOUT: 'timeout',
  ERR_CANCELED: 'abort',
} as unknown as Record<string, StatusErrorKind>

const NAME_KINDS: Readonly<Record<string, StatusErrorKind>> = {
  __proto__: null,
  AbortError: 'abort',
  TimeoutError: 'timeout',
  NetworkError: 'network',
} as unknown as Record<string, StatusErrorKind>

function httpStatus(value: unknown): number | undefined {
  return isHttpStatus(value) ? value : undefined
}

function normalize(value: unknown, cause: unknown, now: number, depth: number): StatusError | undefined {
  const response = readProperty(value, 'response')
  const data = readProperty(value, 'data')
  const status =
    httpStatus(readProperty(value, 'status')) ??
    httpStatus(readProperty(value, 'statusCode')) ??
    httpStatus(readProperty(response, 'status')) ??
    httpStatus(readProperty(data, 'httpStatus'))
  const ownHeaders = readProperty(value, 'headers')
  if (status !== undefined) {
    const headers =
      readProperty(response, 'headers') ??
      ownHeaders ??
      readProperty(readProperty(readProperty(value, 'meta'), 'response'), 'headers')
    return createHttpStatusError(status, headers, data ?? readProperty(response, 'data'), cause, now)
  }
  const name = readProperty(value, 'name')
  const code = readProperty(value, 'code')
  let kind: StatusErrorKind | undefined
  if (
    typeof readProperty(ownHeaders, 'get') === 'function' &&
    typeof readProperty(value, 'ok') === 'boolean'
  ) {
    // A fetch Response without a usable status: Response.error() (type 'error') or status 0.
    const type = readProperty(value, 'type')
    if (type === 'error' || readProperty(value, 'status') === 0) kind = 'network'
  } else if (
    (readProperty(value, 'isAxiosError') === true || name === 'FetchError') &&
    typeof code === 'string'
  ) {
    kind = CODE_KINDS[code]
  }
  if (!kind && typeof name === 'string') {
    kind = NAME_KINDS[name]
    if (name === 'TypeError') {
      const message = readProperty(value, 'message')
      kind = typeof message === 'string' && NETWORK_MESSAGE.test(message) ? 'network' : 'unknown'
    }
  }
  // ofetch, node-fetch and tRPC wrap the error that fetch threw; what it was decides.
  if (!kind && depth < 3 && (name === 'FetchError' || name === 'TRPCClientError')) {
    return normalize(readProperty(value, 'cause'), cause, now, depth + 1)
  }
  return kind
    ? new StatusError({ kind, cause, now } as { kind: Exclude<StatusErrorKind, 'http'> })
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
  try {
    const error = normalize(value, value, now, 0)
    if (error) return error
  } catch {
    // Unreachable by design (every read is guarded); a hostile value still ends up as 'unknown'.
  }
  return new StatusError({ kind: 'unknown', cause: value, now })
}
