import { createHttpStatusError } from './createHttpStatusError'
import { failureKind } from './failureKind'
import { graphQLStatus } from './graphQLStatus'
import { isHttpStatus } from './isHttpStatus'
import { isStatusError } from './isStatusError'
import { readProperty } from './readProperty'
import { StatusError } from './StatusError'
import type { StatusNormalizer } from './StatusNormalizer'

/** Options of `toStatusError`. */
export interface ToStatusErrorOptions {
  /** Normalization time in epoch ms: the base of `retryAt` and of Retry-After dates. @default Date.now() */
  now?: number
  /** Asked first about every value that is not already a StatusError; see `StatusNormalizer`. */
  normalize?: StatusNormalizer
}

/**
 * A StatusError for a recognised shape, else undefined. Every read of the value is guarded by `readProperty`
 * and only strings reach `failureKind`, so nothing here throws; the caller still catches, as a last defence.
 *
 * Which status wins when a value carries several: an error status (400–599) of the value's own transport
 * first, then what a wrapped failure says when it is no success (Apollo Client 3's `networkError`, the
 * transport's own failure; the `cause` of ofetch's and tRPC's errors and of Apollo Client 4's
 * UnconventionalError), then the first GraphQL error that names a status, then any other status.
 */
function recognise(value: unknown, cause: unknown, now: number, depth: number): StatusError | undefined {
  const response = readProperty(value, 'response')
  const data = readProperty(value, 'data')
  const ownStatus = readProperty(value, 'status')
  const transport = [
    ownStatus,
    readProperty(value, 'statusCode'),
    readProperty(response, 'status'),
    // tRPC
    readProperty(data, 'httpStatus'),
    // RTK Query's PARSING_ERROR
    readProperty(value, 'originalStatus'),
  ].find(isHttpStatus)
  const name = readProperty(value, 'name')
  const wrapped =
    !((transport as number) >= 400) && depth < 3
      ? recognise(
          readProperty(value, 'networkError') ??
            (['FetchError', 'TRPCClientError', 'UnconventionalError'].includes(name as string) &&
              readProperty(value, 'cause')),
          cause,
          now,
          depth + 1,
        )
      : undefined
  if (wrapped && !((wrapped.status as number) < 400)) return wrapped
  const status = (transport as number) >= 400 ? transport : (graphQLStatus(value) ?? transport)
  if (status) {
    const headers =
      readProperty(response, 'headers') ??
      readProperty(value, 'headers') ??
      readProperty(readProperty(readProperty(value, 'meta'), 'response'), 'headers')
    // A GraphQL error's status comes without a body of its own: `data` is then the query's partial result.
    const body =
      status === transport
        ? (data ??
          readProperty(response, 'data') ??
          // Apollo Client 3's ServerError, then Apollo Client 4's
          readProperty(value, 'result') ??
          readProperty(value, 'bodyText'))
        : undefined
    return createHttpStatusError(status, headers, body, cause, now)
  }
  if (wrapped) return wrapped
  // A fetch Response without a usable status: Response.error() and opaque responses have status 0.
  if (readProperty(value, 'ok') === false && ownStatus === 0) {
    return new StatusError({ kind: 'network', cause, now })
  }
  for (const words of [
    // Codes only count where a client defines them; names and RTK Query's status strings count on anything.
    (readProperty(value, 'isAxiosError') === true || name === 'FetchError') && readProperty(value, 'code'),
    name,
    ownStatus,
    // Any other TypeError is a programming error: unknown.
    name === 'TypeError' && readProperty(value, 'message'),
  ]) {
    const kind = typeof words === 'string' && failureKind(words)
    if (kind) return new StatusError({ kind, cause, now })
  }
  return undefined
}

/**
 * One StatusError from any thrown value. Synchronous, never throws, and returns a StatusError unchanged.
 *
 * Recognises by shape, never by `instanceof`, so copies from other bundles and realms work: fetch `Response`,
 * axios, ky 1 and 2, ofetch, tRPC, React Router error responses, RTK Query's `FetchBaseQueryError`, Apollo
 * Client 3's `ApolloError` and Apollo Client 4's `ServerError`, `ServerParseError` and
 * `CombinedGraphQLErrors`, GraphQL errors that name a status (`extensions.http.status`, or a well-known
 * `extensions.code` such as `UNAUTHENTICATED`), plain objects with an integer `status` or `statusCode` in
 * 100–599, the network TypeErrors of browsers and runtimes, and errors named `AbortError`, `TimeoutError` or
 * `NetworkError`. When a value carries several statuses, an error status of the transport wins (the value's
 * own, then that of the failure it wraps, such as Apollo Client 3's `networkError`), then the first GraphQL
 * error that names one. Everything else, including hostile values, is `kind: 'unknown'`.
 * `options.normalize` is asked first, so shapes the kit does not know can be taught once.
 * Bodies are not read here: use `fromResponse` for a `Response` whose problem details you want.
 */
export function toStatusError(value: unknown, options?: ToStatusErrorOptions): StatusError {
  if (isStatusError(value)) return value
  const requested = readProperty(options, 'now')
  const now = Number.isFinite(requested) ? (requested as number) : Date.now()
  let error: StatusError | undefined
  try {
    const init = (readProperty(options, 'normalize') as StatusNormalizer | undefined)?.(value)
    if (init) error = new StatusError({ now, cause: value, ...init })
  } catch {
    // A normalizer that throws, or answers with no valid StatusError, leaves the value to the recognition below.
  }
  try {
    error ??= recognise(value, value, now, 0)
  } catch {
    // Unreachable by design; a hostile value would still end up as 'unknown' below.
  }
  return error ?? new StatusError({ kind: 'unknown', cause: value, now })
}
