/**
 * `value[key]`, or undefined when `value` is not an object or reading throws (throwing getters, revoked
 * proxies, hostile `get` traps). Every read of a foreign value goes through here so normalization never throws.
 */
export function readProperty(value: unknown, key: PropertyKey): unknown {
  try {
    return (typeof value === 'object' && value !== null) || typeof value === 'function'
      ? (value as Record<PropertyKey, unknown>)[key]
      : undefined
  } catch {
    return undefined
  }
}
