import { getStatus } from './getStatus'
import { isHttpStatus } from './isHttpStatus'
import { isRequestId } from './isRequestId'
import { isStatusError } from './isStatusError'
import { MAX_DELAY_MS } from './MAX_DELAY_MS'
import type { ProblemDetails } from './parseProblemDetails'
import type { StatusDefinition } from './StatusDefinition'
import { STATUS_ERROR_BRAND } from './statusErrorBrand'

/**
 * What went wrong, as a string state: the server answered with a status (`http`), no answer arrived
 * (`network`), the request ran out of time (`timeout`), it was cancelled (`abort`), or nothing is known.
 */
export type StatusErrorKind = 'http' | 'network' | 'timeout' | 'abort' | 'unknown'

interface StatusErrorCommonInit {
  /** What the server asked to wait, in ms (Retry-After, else RateLimit). Invalid values are dropped; clamped to 2147483647. */
  retryAfterMs?: number | undefined
  /** The server's RFC 9457 document, as returned by `parseProblemDetails`. */
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

/** The only messages besides "404 Not Found": fixed, so no server text, URL or token can reach `message`. */
const MESSAGES: Readonly<Record<string, string>> = {
  __proto__: null,
  network: 'Network error',
  timeout: 'Request timed out',
  abort: 'Request aborted',
  unknown: 'Unknown error',
} as unknown as Record<string, string>

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
  /** Brand-based, so `instanceof StatusError` also holds for errors made by another copy of this package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class right of instanceof; subclasses keep the ordinary check
    return this === StatusError ? isStatusError(value) : super[Symbol.hasInstance](value)
  }

  override readonly name = 'StatusError' as const
  declare readonly kind: StatusErrorKind
  /** An integer in 100–599 when `kind` is `'http'`, else undefined. */
  declare readonly status: number | undefined
  /** The registry entry for `status`; undefined for unregistered codes and non-http kinds. */
  declare readonly definition: StatusDefinition | undefined
  /** What the server asked to wait (Retry-After, else RateLimit's `t=`), in ms, at normalization. */
  declare readonly retryAfterMs: number | undefined
  /** Epoch ms when the server's wait ends: normalization time + `retryAfterMs`. */
  declare readonly retryAt: number | undefined
  /** The server's problem details document. Its text is the server's: show it as text, and only for 4xx. */
  declare readonly problem: ProblemDetails | undefined
  /**
   * An opaque support reference: a request-id response header (`x-request-id`, `request-id`, ...), a
   * `traceId`/`requestId` problem member, or `problem.instance` when it is not an absolute URL.
   */
  declare readonly requestId: string | undefined
  /** The original thrown value (a non-enumerable own property). */
  declare readonly cause: unknown

  constructor(init: StatusErrorInit) {
    const { kind, retryAfterMs: wait, now } = init
    const status = kind === 'http' ? init.status : undefined
    if (kind === 'http') {
      if (!isHttpStatus(status)) throw new RangeError(`Bad status ${String(status)}`)
    } else if (!MESSAGES[kind]) {
      throw new TypeError(`Bad kind ${String(kind)}`)
    }
    // getStatus(undefined) is undefined: non-http kinds have no definition.
    const definition = getStatus(status as number)
    // The `cause` option makes it a non-enumerable own property, as for any Error, even when undefined.
    super(status ? `${status} ${definition ? definition.reason : 'HTTP Error'}` : MESSAGES[kind], {
      cause: init.cause,
    })
    Object.defineProperty(this, STATUS_ERROR_BRAND, { value: true })
    const retryAfterMs = typeof wait === 'number' && wait >= 0 ? Math.min(wait, MAX_DELAY_MS) : undefined
    // Assigned here rather than declared as fields, so that this is the whole of the class's per-instance code.
    Object.assign(this, {
      kind,
      status,
      definition,
      retryAfterMs,
      retryAt:
        retryAfterMs === undefined
          ? undefined
          : (Number.isFinite(now) ? (now as number) : Date.now()) + retryAfterMs,
      problem: init.problem,
      requestId: isRequestId(init.requestId) ? init.requestId : undefined,
    })
  }

  /** Only safe fields: never the cause, so never the request's URL, headers or credentials. */
  toJSON(): StatusErrorJSON {
    const { name, kind, status, message, retryAfterMs, retryAt, problem, requestId } = this
    return { name, kind, status, message, retryAfterMs, retryAt, problem, requestId }
  }
}
