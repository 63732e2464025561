import { problemFieldErrors, toStatusError } from '@statuskit/core'

/** The part of react-hook-form's `setError` this adapter calls (`useForm().setError`). */
export type HookFormSetError = (
  name: never,
  error: { type: string; message: string; types?: Record<string, string> },
) => void

/**
 * Hands the field errors of a failed submission (its problem details: `errors[]` with pointers, `errors{}` per
 * field, `invalid-params`, `violations`) to react-hook-form: `setError(field, …)` for each field (paths such as
 * `items.0.name` are already in its format; several messages go in `types`), and `root.server` for messages
 * without a field. Returns the names it set, empty when the error has no field errors.
 *
 * ```ts
 * const save = useMutation({ mutationFn, onError: (error) => setHookFormErrors(error, form.setError) })
 * ```
 */
export function setHookFormErrors(error: unknown, setError: HookFormSetError): string[] {
  const byName = new Map<string, string[]>()
  for (const { field, message } of problemFieldErrors(toStatusError(error).problem)) {
    const name = field ?? 'root.server'
    byName.set(name, [...(byName.get(name) ?? []), message])
  }
  for (const [name, list] of byName) {
    setError(name as never, {
      type: 'server',
      message: list[0] as string,
      types: Object.fromEntries(list.map((message, index) => [`server${index}`, message])),
    })
  }
  return [...byName.keys()]
}
