import { copyJson } from './copyJson'
import { isHttpStatus } from './isHttpStatus'

/** A problem details document (RFC 9457), as the server sent it. Frozen. */
export interface ProblemDetails {
  /** A URI reference identifying the problem type; `'about:blank'` when absent or not a string. */
  readonly type: string
  /** A short, human-readable summary of the problem type. Server text: render it as text only. */
  readonly title?: string
  /** The HTTP status the server put in the document: an integer 100–599, else absent. */
  readonly status?: number
  /** A human-readable explanation of this occurrence. Server text: render it as text only. */
  readonly detail?: string
  /** A URI reference identifying this occurrence. */
  readonly instance?: string
  /** Every other member, as sent, in a frozen null-prototype object (no inherited keys). */
  readonly extensions: Readonly<Record<string, unknown>>
}

/**
 * Reads a parsed JSON body as a problem details document (RFC 9457).
 *
 * Returns `undefined` unless `body` is a plain object (not an array, not `null`, not a class instance).
 * A standard member of the wrong type is ignored, as RFC 9457 asks; `status` is kept only when it is an
 * integer from 100 to 599. Every other member is copied into `extensions` as plain JSON data, so the document
 * can always be serialised: containers nested more than 32 levels deep are cut, values JSON cannot hold
 * (BigInt, functions, symbols, class instances) are left out, and so are the values after the first 16384
 * (a cycle in a body built by code ends there). Members named `__proto__` or `constructor` are
 * copied as plain data and never change a prototype. Never throws: a member whose getter throws is left
 * out; an object that cannot even be inspected (a revoked proxy) gives `undefined`.
 */
export function parseProblemDetails(body: unknown): ProblemDetails | undefined {
  // The whole body is copied first, with one budget for the document, so that cycles and shared branches
  // cannot multiply the work: 16384 values, far more than a problem document holds, copied in milliseconds.
  // The copy has a null prototype, so a member named `__proto__` is plain data.
  const members = copyJson(body, { left: 16384 }) as Record<string, unknown> | undefined
  if (typeof members !== 'object' || !members || Array.isArray(members)) return undefined
  const problem: Record<string, unknown> = { type: 'about:blank' }
  // In the order of the interface; extensions comes last.
  for (const key of ['type', 'title', 'status', 'detail', 'instance']) {
    const value = members[key]
    if (key === 'status' ? isHttpStatus(value) : typeof value === 'string') problem[key] = value
    delete members[key]
  }
  problem.extensions = Object.freeze(members)
  return Object.freeze(problem) as unknown as ProblemDetails
}
