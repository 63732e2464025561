import type { StatusDefinition } from './StatusDefinition'
import { statusDefinitions } from './statusDefinitions'

// A Map rather than an object: no inherited keys, and no string coercion ('404', '__proto__', 404.5 all miss).
const byCode = /* @__PURE__ */ new Map<unknown, StatusDefinition>(
  /* @__PURE__ */ statusDefinitions.map((definition) => [definition.code, definition]),
)

/**
 * The frozen definition of a registered status code, or `undefined` for anything else (unregistered codes
 * such as 499, non-integers, strings, `NaN`).
 */
export function getStatus(code: number): StatusDefinition | undefined {
  return byCode.get(code)
}
