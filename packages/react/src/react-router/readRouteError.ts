import { StatusError, toStatusError } from '@statuskit/core'
import { isRouteErrorResponse } from 'react-router'
import { STATUSKIT_MEMBER } from './STATUSKIT_MEMBER'

/** Route errors already read: the wait is anchored once, when the browser first reads the error. */
const read = new WeakMap<object, StatusError>()

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function decode(raw: unknown): StatusError {
  if (!isRouteErrorResponse(raw)) return toStatusError(raw)
  let body: unknown = raw.data
  // React Router keeps a body it does not read as JSON (application/problem+json among them) as text.
  if (typeof body === 'string' && body.length <= 65_536) {
    try {
      body = JSON.parse(body)
    } catch {
      // Text or HTML: there is no problem document to read.
    }
  }
  const { [STATUSKIT_MEMBER]: kit, ...document } = isRecord(body) ? body : {}
  const base = toStatusError({ status: raw.status, data: document })
  if (base.status === undefined) return toStatusError(raw)
  const { retryAfterMs, requestId } = isRecord(kit) ? kit : {}
  return new StatusError({
    kind: 'http',
    status: base.status,
    problem: base.problem,
    // A relative wait, re-anchored to this browser's clock (StatusError drops anything but a number ≥ 0).
    retryAfterMs: typeof retryAfterMs === 'number' ? retryAfterMs : undefined,
    requestId: typeof requestId === 'string' ? requestId : base.requestId,
    cause: raw,
  })
}

/**
 * The StatusError for what `useRouteError()` returned: what `throwStatus` threw with its problem details, wait
 * and request id; a thrown Response or `data()` with a JSON body, or a problem+json body React Router kept as
 * text; anything else through `toStatusError`. The same error object for the same route error, always.
 */
export function readRouteError(raw: unknown): StatusError {
  if (typeof raw !== 'object' || raw === null) return toStatusError(raw)
  let error = read.get(raw)
  if (error === undefined) {
    error = decode(raw)
    read.set(raw, error)
  }
  return error
}
