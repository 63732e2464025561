import type { ProblemDetails } from './parseProblemDetails'

/** One validation message from a problem details body; `field` names the input it belongs to, when known. */
export interface ProblemFieldError {
  readonly field?: string
  readonly message: string
}

// A hostile or buggy server must not be able to flood a page: the list and each string are capped.
const MAX_ERRORS = 50
const MAX_LENGTH = 500
// And no document can make the walk long: only the first items of a list, or fields of a map, are looked at
// (a hand-made `new Array(2 ** 32 - 1)` would otherwise take minutes to walk).
const MAX_ITEMS = 1000

/** A trimmed, capped, non-empty string, else undefined. */
function text(value: unknown): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : ''
  return trimmed.length > MAX_LENGTH ? `${trimmed.slice(0, MAX_LENGTH - 1)}…` : trimmed || undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The first text among the own members `keys` of `record` (own, so a polluted prototype adds nothing). */
function firstText(record: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = text(Object.hasOwn(record, key) ? record[key] : undefined)
    if (value) return value
  }
  return undefined
}

/** The field of one list item: a JSON Pointer (RFC 6901) `#/user/email` or `/user/email` becomes `user.email`. */
function fieldOf(item: Record<string, unknown>): string | undefined {
  const pointer = firstText(item, ['pointer'])
  if (!pointer) return firstText(item, ['field', 'name', 'parameter', 'propertyPath', 'header'])
  const path = pointer.startsWith('#') ? pointer.slice(1) : pointer
  if (!path.startsWith('/')) return pointer
  return text(
    path
      .slice(1)
      .split('/')
      .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
      .filter((segment) => segment !== '')
      .join('.'),
  )
}

/**
 * The field errors of a problem details body, in the shapes servers commonly send:
 * - `errors: [{ detail, pointer }]` (RFC 9457's example; also `field`, `name`, `parameter` or `message`),
 * - `errors: { field: ['message', …] }` (ASP.NET `ValidationProblemDetails`, Rails),
 * - `invalid-params: [{ name, reason }]` (RFC 7807's example),
 * - `violations: [{ field, message }]` (Spring / Zalando Problem).
 * Anything else is ignored; the result is empty for no problem. Duplicates are dropped and at most 50 are kept.
 * The strings are the server's own words: render them as text only. Never throws.
 */
export function problemFieldErrors(problem: ProblemDetails | undefined): ProblemFieldError[] {
  const out: ProblemFieldError[] = []
  const seen = new Set<string>()
  const add = (field: string | undefined, message: string | undefined): void => {
    const id = `${field ?? ''}\u0000${message}`
    if (message === undefined || seen.has(id) || out.length === MAX_ERRORS) return
    seen.add(id)
    out.push(field === undefined ? { message } : { field, message })
  }
  if (!isRecord(problem)) return out
  try {
    for (const name of ['errors', 'invalid-params', 'violations']) {
      const extensions: unknown = problem.extensions
      // A raw body that was not parsed with parseProblemDetails carries its members at the top level.
      const source = isRecord(extensions) && Object.hasOwn(extensions, name) ? extensions : problem
      const value = Object.hasOwn(source, name) ? (source as Record<string, unknown>)[name] : undefined
      if (Array.isArray(value)) {
        for (const item of value.slice(0, MAX_ITEMS)) {
          if (typeof item === 'string') add(undefined, text(item))
          else if (isRecord(item)) {
            const message = firstText(item, ['detail', 'message', 'reason', 'title'])
            if (message) add(fieldOf(item), message)
          }
        }
      } else if (isRecord(value)) {
        // One message or a list of them per field.
        for (const key of Object.keys(value).slice(0, MAX_ITEMS)) {
          const entries = value[key]
          for (const entry of Array.isArray(entries) ? entries.slice(0, MAX_ITEMS) : [entries]) {
            add(text(key), text(entry))
          }
        }
      }
    }
  } catch {
    // A getter that throws or a revoked proxy: keep what was read so far.
  }
  return out
}
