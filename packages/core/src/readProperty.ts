/**
 * `value[key]`, or undefined when reading throws (null, undefined, throwing getters, revoked proxies, hostile
 * `get` traps). Every read of a foreign value goes through here so normalization never throws. Primitives
 * answer from their prototypes, which hold none of the names read here.
 */
export function readProperty(value: unknown, key: PropertyKey): unknown {
  try {
    return (value as Record<PropertyKey, unknown>)[key]
  } catch {
    return undefined
  }
}
