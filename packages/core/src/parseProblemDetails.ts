import { copyJson } from './copyJson'
import { isHttpStatus } from './isHttpStatus'
import { isJsonObject } from './isJsonObject'

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

type Mutable<T> = { -readonly [Key in keyof T]: T[Key] }

/**
 * Reads a parsed JSON body as a problem details document (RFC 9457).
 *
 * Returns `undefined` unless `body` is a plain object (not an array, not `null`, not a class instance).
 * A standard member of the wrong type is ignored, as RFC 9457 asks; `status` is kept only when it is an
 * integer from 100 to 599. Every other member is copied into `extensions` as plain JSON data, so the document
 * can always be serialised: containers nested more than 32 levels deep are cut, and values JSON cannot hold
 * (BigInt, functions, symbols, class instances) are left out. Members named `__proto__` or `constructor` are
 * copied as plain data and never change a prototype. Never throws: a member whose getter throws is left
 * out; an object that cannot even be inspected (a revoked proxy) gives `undefined`.
 */
export function parseProblemDetails(body: unknown): ProblemDetails | undefined {
  let keys: string[]
  try {
    if (!isJsonObject(body)) return undefined
    keys = Object.keys(body)
  } catch {
    return undefined
  }

  // extensions is set last so the members keep the order of the interface.
  const problem = { type: 'about:blank' } as Mutable<ProblemDetails>
  // Null prototype: assigning a member named `__proto__` creates plain data instead of changing a prototype.
  const extensions: Record<string, unknown> = Object.create(null)
  // One budget for the whole document, so that cycles and shared branches cannot multiply the work.
  const budget = { left: 65536 }
  for (const key of keys) {
    let value: unknown
    try {
      value = body[key]
    } catch {
      continue
    }
    if (key === 'status') {
      if (isHttpStatus(value)) problem.status = value
    } else if (/^(type|title|detail|instance)$/.test(key)) {
      if (typeof value === 'string') problem[key as 'type'] = value
    } else {
      const member = copyJson(value, budget)
      if (member !== undefined) extensions[key] = member
    }
  }
  problem.extensions = Object.freeze(extensions)
  return Object.freeze(problem)
}
