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

type Mutable<T> = { -readonly [Key in keyof T]: T[Key] }

/**
 * Reads a parsed JSON body as a problem details document (RFC 9457).
 *
 * Returns `undefined` unless `body` is a plain object (not an array, not `null`, not a class instance).
 * A standard member of the wrong type is ignored, as RFC 9457 asks; `status` is kept only when it is an
 * integer from 100 to 599. Members named `__proto__` or `constructor` are copied as plain data and never
 * change a prototype. Never throws: a member whose getter throws is left out; an object that cannot even be
 * inspected (a revoked proxy) gives `undefined`.
 */
export function parseProblemDetails(body: unknown): ProblemDetails | undefined {
  let keys: string[]
  try {
    // A JSON object's constructor is Object (of this or another realm: iframes, vm contexts) or none at all
    // (a null prototype, or a literal `{ __proto__: … }`). Primitives, arrays, functions and class instances
    // (Date, Map, Error…) have another constructor; null and undefined throw.
    const maker: unknown = Object.getPrototypeOf(body)?.constructor
    if (maker && (maker as () => unknown).name !== 'Object') return undefined
    keys = Object.keys(body as object)
  } catch {
    return undefined
  }

  // extensions is set last so the members keep the order of the interface.
  const problem = { type: 'about:blank' } as Mutable<ProblemDetails>
  // Null prototype: assigning a member named `__proto__` creates plain data instead of changing a prototype.
  const extensions: Record<string, unknown> = Object.create(null)
  for (const key of keys) {
    let value: unknown
    try {
      value = (body as Record<string, unknown>)[key]
    } catch {
      continue
    }
    if (key === 'status') {
      if (isHttpStatus(value)) problem.status = value
    } else if (/^(type|title|detail|instance)$/.test(key)) {
      if (typeof value === 'string') problem[key as 'type'] = value
    } else {
      extensions[key] = value
    }
  }
  problem.extensions = Object.freeze(extensions)
  return Object.freeze(problem)
}
