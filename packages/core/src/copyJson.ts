import { readProperty } from './readProperty'

// Containers more than 32 levels below the document are cut: JSON.stringify recurses once per level and
// overflows the stack at a few thousand levels, which a server can send in well under the 64 KiB body cap.
const MAX_DEPTH = 32

/**
 * A copy of server data as plain JSON data, which `JSON.stringify` can always write: strings, numbers,
 * booleans, null, arrays and the objects JSON makes (whose constructor is `Object`, of any realm, or none),
 * copied into null-prototype objects so that a `__proto__` member stays data. Everything else becomes
 * `undefined`, so an object member holding it is left out and an array item is written as `null`: BigInt
 * (which JSON.stringify throws on), functions and symbols (a function member named `toJSON` would run), class
 * instances (Date, Map, Error…), members whose getters throw, revoked proxies, containers nested more than 32
 * levels deep, and every value after the first `budget.left`, which cuts cycles, shared branches and huge
 * sparse arrays short.
 * Recursion is bounded by the depth limit. Never throws.
 */
export function copyJson(value: unknown, budget: { left: number }, depth = 0): unknown {
  try {
    if (--budget.left < 0) return undefined
    if (typeof value !== 'object' || value === null) {
      return value === null || /^(string|number|boolean)$/.test(typeof value) ? value : undefined
    }
    if (depth > MAX_DEPTH) return undefined
    if (Array.isArray(value)) {
      const copy: unknown[] = []
      for (let index = 0; index < value.length && budget.left > 0; index++) {
        copy.push(copyJson(readProperty(value, index), budget, depth + 1))
      }
      return copy
    }
    const maker: unknown = Object.getPrototypeOf(value)?.constructor
    if (maker && (maker as () => unknown).name !== 'Object') return undefined
    const copy: Record<string, unknown> = Object.create(null)
    for (const key of Object.keys(value)) {
      const member = copyJson(readProperty(value, key), budget, depth + 1)
      if (member !== undefined) copy[key] = member
    }
    return copy
  } catch {
    return undefined
  }
}
