import type { StatusDefinition } from './StatusDefinition'
import { statusDefinitions } from './statusDefinitions'

/**
 * The frozen definition of a registered status code, or `undefined` for anything else (unregistered codes
 * such as 499, non-integers, strings, `NaN`). Strict equality, so nothing is coerced ('404', '__proto__' and
 * 404.5 all miss); a linear search of 61 entries costs less than building an index.
 */
export function getStatus(code: number): StatusDefinition | undefined {
  return statusDefinitions().find((definition) => definition.code === code)
}
