import { problemFieldErrors, toStatusError } from '@statuskit/core'

/** What Conform's `submission.reply()` takes: errors of the whole form, and errors per field name. */
export interface ConformErrors {
  formErrors: string[]
  fieldErrors: Record<string, string[]>
}

/** `items.0.name` (the problem's path) as Conform names the field: `items[0].name`. */
function conformName(field: string): string {
  return field
    .split('.')
    .map((segment, index) => (/^\d+$/.test(segment) ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('')
}

/**
 * The field errors of a failed submission (its problem details) in Conform's shape, for
 * `submission.reply(toConformErrors(error))` on the server or `lastResult` on the client: field paths in Conform's
 * format (`items[0].name`), several messages per field, and messages without a field as form errors.
 */
export function toConformErrors(error: unknown): ConformErrors {
  // No prototype: a field named `__proto__` by the server stays a field.
  const result: ConformErrors = { formErrors: [], fieldErrors: Object.create(null) }
  for (const { field, message } of problemFieldErrors(toStatusError(error).problem)) {
    if (field === undefined) {
      result.formErrors.push(message)
      continue
    }
    const name = conformName(field)
    result.fieldErrors[name] = [
      ...(Object.hasOwn(result.fieldErrors, name) ? (result.fieldErrors[name] ?? []) : []),
      message,
    ]
  }
  return result
}
