/**
 * Whether `value` is an object as JSON makes them: its constructor is `Object` (of this or another realm:
 * iframes, vm contexts) or it has none (a null prototype, or a literal `{ __proto__: … }`). Arrays, functions,
 * class instances (Date, Map, Error…) and primitives are not. May throw on a hostile proxy: callers catch.
 */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const maker: unknown = Object.getPrototypeOf(value)?.constructor
  return !maker || (maker as () => unknown).name === 'Object'
}
