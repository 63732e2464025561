import { readProperty } from './readProperty'

/**
 * One response header from a `Headers`-like object (anything with `get()`, such as AxiosHeaders) or a plain
 * object keyed by lower-case names (axios, Node). `name` must be lower-case. Never throws.
 */
export function readHeader(headers: unknown, name: string): string | undefined {
  try {
    const get = readProperty(headers, 'get')
    const value =
      typeof get === 'function'
        ? (get as (this: unknown, name: string) => unknown).call(headers, name)
        : Object.hasOwn(headers as object, name)
          ? readProperty(headers, name)
          : undefined
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined
  } catch {
    return undefined
  }
}
