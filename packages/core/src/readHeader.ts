/**
 * One response header from a `Headers`-like object (anything with `get()`, such as AxiosHeaders) or a plain
 * object keyed by lower-case names (axios, Node); only own members of a plain object count, so a polluted
 * `Object.prototype` adds no header. `name` must be lower-case. Never throws.
 */
export function readHeader(headers: unknown, name: string): string | undefined {
  try {
    const source = headers as { get?: unknown } & Record<string, unknown>
    const value =
      typeof source.get === 'function' ? source.get(name) : Object.hasOwn(source, name) && source[name]
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
  } catch {
    return undefined
  }
}
