import type { ProblemDetails } from './parseProblemDetails'

/** One validation message from a problem details body; `field` names the input it belongs to, when known. */
export interface ProblemFieldError {
  readonly field?: string
  readonly message: string
}

// A hostile or buggy server must not be able to flood a page: the list and each string are capped.
const MAX_ERRORS = 50
const MAX_LENGTH = 500

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  if (trimmed === '') return undefined
  return trimmed.length > MAX_LENGTH ? `${trimmed.slice(0, MAX_LENGTH - 1)}…` : trimmed
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined
}

/** `#/user/email` and `/user/email` (JSON Pointer, RFC 6901) become `user.email`. */
function fieldFromPointer(pointer: string): string | undefined {
  const path = pointer.startsWith('#') ? pointer.slice(1) : pointer
  if (!path.startsWith('/')) return text(pointer)
  const segments = path
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .filter((segment) => segment !== '')
  return text(segments.join('.'))
}

function fieldOf(item: Record<string, unknown>): string | undefined {
  const pointer = text(own(item, 'pointer'))
  if (pointer !== undefined) return fieldFromPointer(pointer)
  for (const key of ['field', 'name', 'parameter', 'propertyPath', 'header']) {
    const value = text(own(item, key))
    if (value !== undefined) return value
  }
  return undefined
}

function messageOf(item: Record<string, unknown>): string | undefined {
  for (const key of ['detail', 'message', 'reason', 'title']) {
    const value = text(own(item, key))
    if (value !== undefined) return value
  }
  return undefined
}

function fromList(list: readonly unknown[], out: ProblemFieldError[]): void {
  for (const item of list) {
    if (typeof item === 'string') {
      const message = text(item)
      if (message !== undefined) out.push({ message })
      continue
    }
    if (!isRecord(item)) continue
    const message = messageOf(item)
    if (message === undefined) continue
    const field = fieldOf(item)
    out.push(field === undefined ? { message } : { field, message })
  }
}

function fromMap(map: Record<string, unknown>, out: ProblemFieldError[]): void {
  for (const key of Object.keys(map)) {
    const value = map[key]
    const messages = Array.isArray(value) ? value : [value]
    const field = text(key)
    for (const entry of messages) {
      const message = text(entry)
      if (message === undefined) continue
      out.push(field === undefined ? { message } : { field, message })
    }
  }
}

function member(problem: ProblemDetails, name: string): unknown {
  const extensions: unknown = problem.extensions
  if (isRecord(extensions) && Object.hasOwn(extensions, name)) return extensions[name]
  // A raw body that was not parsed with parseProblemDetails carries its members at the top level.
  return own(problem as unknown as Record<string, unknown>, name)
}

/**
 * The field errors of a problem details body, in the shapes servers commonly send:
 * - `errors: [{ detail, pointer }]` (RFC 9457's example; also `field`, `name`, `parameter` or `message`),
 * - `errors: { field: ['message', …] }` (ASP.NET `ValidationProblemDetails`, Rails),
 * - `invalid-params: [{ name, reason }]` (RFC 7807's example),
 * - `violations: [{ field, message }]` (Spring / Zalando Problem).
 * Anything else is ignored; the result is empty for no problem. The strings are the server's own words: render
 * them as text only. Never throws.
 */
export function problemFieldErrors(problem: ProblemDetails | undefined): ProblemFieldError[] {
  if (!isRecord(problem)) return []
  const out: ProblemFieldError[] = []
  try {
    for (const name of ['errors', 'invalid-params', 'violations']) {
      const value = member(problem, name)
      if (Array.isArray(value)) fromList(value, out)
      else if (isRecord(value)) fromMap(value, out)
    }
  } catch {
    // A getter that throws or a revoked proxy: keep what was read so far.
  }
  const seen = new Set<string>()
  const unique: ProblemFieldError[] = []
  for (const entry of out) {
    const id = `${entry.field ?? ''}\u0000${entry.message}`
    if (seen.has(id)) continue
    seen.add(id)
    unique.push(entry)
    if (unique.length === MAX_ERRORS) break
  }
  return unique
}
