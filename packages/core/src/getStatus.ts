import type { StatusDefinition } from './StatusDefinition'
import { statusRegistry } from './statusRegistry'

/**
 * The frozen definition of a registered status code, or `undefined` for anything else (unregistered codes
 * such as 499, non-integers, strings, `NaN`). Strict equality, so nothing is coerced: `'404'`, `'__proto__'`
 * and `404.5` all give `undefined`.
 */
export function getStatus(code: number): StatusDefinition | undefined {
  // A linear search of 61 entries costs less, in bytes and in time, than building an index first.
  return statusRegistry().find((definition) => definition.code === code)
}
