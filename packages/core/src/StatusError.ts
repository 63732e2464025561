import { getStatus } from './getStatus'
import { isRequestId } from './isRequestId'
import { isStatusError } from './isStatusError'
import { MAX_DELAY_MS } from './MAX_DELAY_MS'
import type { ProblemDetails } from './parseProblemDetails'
import type { StatusDefinition } from './StatusDefinition'
import { statusErrorMessage } from './statusErrorMessage'
import { trustedStatusErrors } from './trustedStatusErrors'

/**
 * What went wrong, as a string state: the server answered with a status (`http`), no answer arrived
 * (`network`), the request ran out of time (`timeout`), it was cancelled (`abort`), or nothing is known.
 */
export type StatusErrorKind = 'http' | 'network' | 'timeout' | 'abort' | 'unknown'

interface StatusErrorCommonInit {
  /** What the server asked to wait, in ms (Retry-After, else RateLimit). Invalid values are dropped; clamped to 2147483647. */
  retryAfterMs?: number | undefined
  /**
   * The server's RFC 9457 document, as returned by `parseProblemDetails`, which makes it plain data that
   * `JSON.stringify` can always write. Kept as given.
   */
  problem?: ProblemDetails | undefined
  /**
   * An opaque reference for support (a request-id header, a `traceId`). Kept only when it is 1–128 printable
   * ASCII characters without spaces; anything else is dropped.
   */
  requestId?: string | undefined
  /** The original thrown value, kept as the non-enumerable own `cause` property and never serialised. */
  cause?: unknown
  /** Normalization time in epoch ms, the base of `retryAt`. @default Date.now() */
  now?: number | undefined
}

/**
 * How to build a StatusError. `status` is required for, and only allowed with, `kind: 'http'`.
 * The message is never taken from here: it is always derived from `kind` and `status` so that it stays safe.
 */
export type StatusErrorInit = StatusErrorCommonInit &
  (
    | { kind: 'http' /** An integer in 100–599. */; status: number }
    | { kind: Exclude<StatusErrorKind, 'http'>; status?: undefined }
  )

/** What `JSON.stringify(error)` writes: safe fields only, never the cause, URLs or headers. */
export interface StatusErrorJSON {
  name: 'StatusError'
  kind: StatusErrorKind
  status: number | undefined
  message: string
  retryAfterMs: number | undefined
  retryAt: number | undefined
  problem: ProblemDetails | undefined
  requestId: string | undefined
}

/**
 * One normalized error for every way a request can fail. Usually made by `toStatusError` or `fromResponse`;
 * build one yourself with `new StatusError({ kind: 'http', status: 404 })`.
 *
 * `message` is short and safe to show or log ("404 Not Found", "Network error"): it never holds URLs,
 * headers, tokens or server text. The original thrown value stays reachable only through `cause`.
 *
 * @throws {TypeError} when `kind` is not a StatusErrorKind.
 * @throws {RangeError} when `kind` is `'http'` and `status` is not an integer in 100–599.
 */
export class StatusError extends Error {
  /**
   * `instanceof StatusError` holds for exactly what `isStatusError` accepts, so also for errors made by another
   * copy of this package.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class right of instanceof; subclasses keep the ordinary check
    return this === StatusError ? isStatusError(value) : super[Symbol.hasInstance](value)
  }

  override readonly name = 'StatusError' as const
  readonly kind: StatusErrorKind
  /** An integer in 100–599 when `kind` is `'http'`, else undefined. */
  readonly status: number | undefined
  /** The registry entry for `status`; undefined for unregistered codes and non-http kinds. */
  readonly definition: StatusDefinition | undefined
  /** What the server asked to wait (Retry-After, else RateLimit's `t=`), in ms, at normalization. */
  readonly retryAfterMs: number | undefined
  /** Epoch ms when the server's wait ends: normalization time + `retryAfterMs`. */
  readonly retryAt: number | undefined
  /** The server's problem details document. Its text is the server's: show it as text, and only for 4xx. */
  readonly problem: ProblemDetails | undefined
  /**
   * An opaque support reference: a request-id response header (`x-request-id`, `request-id`, ...), a
   * `traceId`/`requestId` problem member, or `problem.instance` when it is not an absolute URL.
   */
  readonly requestId: string | undefined
  /** The original thrown value (a non-enumerable own property, set by `Error` itself). */
  declare readonly cause: unknown

  constructor(init: StatusErrorInit) {
    const { kind, retryAfterMs: wait, now, problem, requestId } = init
    const status = kind === 'http' ? init.status : undefined
    const message = statusErrorMessage(kind, status)
    if (message === undefined) {
      throw kind === 'http'
        ? new RangeError(`Bad status ${String(status)}`)
        : new TypeError(`Bad kind ${String(kind)}`)
    }
    // The `cause` option makes it a non-enumerable own property, as for any Error, even when undefined.
    super(message, { cause: init.cause })
    this.kind = kind
    this.status = status
    // getStatus(undefined) is undefined: non-http kinds have no definition.
    this.definition = getStatus(status as number)
    this.retryAfterMs = typeof wait === 'number' && wait >= 0 ? Math.min(wait, MAX_DELAY_MS) : undefined
    this.retryAt =
      this.retryAfterMs === undefined
        ? undefined
        : (Number.isFinite(now) ? (now as number) : Date.now()) + this.retryAfterMs
    this.problem = problem
    this.requestId = isRequestId(requestId) ? requestId : undefined
    trustedStatusErrors().add(this)
  }

  /** Only safe fields: never the cause, so never the request's URL, headers or credentials. */
  toJSON(): StatusErrorJSON {
    const { name, kind, status, message, retryAfterMs, retryAt, problem, requestId } = this
    return { name, kind, status, message, retryAfterMs, retryAt, problem, requestId }
  }
}
