import { type StatusError, statusCategory } from '@statuskit/core'
import type { FallbackComponent, StatusFallbacks } from '../context/StatusFallbacks'

function own(fallbacks: StatusFallbacks, key: string | number): FallbackComponent | undefined {
  // Own properties only: a code such as `constructor` or `__proto__` never finds Object.prototype's members.
  return Object.hasOwn(fallbacks, key)
    ? (fallbacks as Record<string, FallbackComponent | undefined>)[key]
    : undefined
}

function fromList(error: StatusError, fallbacks: StatusFallbacks | undefined): FallbackComponent | undefined {
  if (!fallbacks) return undefined
  if (error.kind === 'http' && error.status !== undefined) {
    const category = statusCategory(error.status)
    const byClass = category === 'client-error' ? '4xx' : category === 'server-error' ? '5xx' : undefined
    return own(fallbacks, error.status) ?? (byClass && own(fallbacks, byClass)) ?? own(fallbacks, 'default')
  }
  return own(fallbacks, error.kind) ?? own(fallbacks, 'default')
}

/**
 * The fallback component for an error from a boundary's `fallbacks`, else the provider's: each list by exact
 * code, then class (`'4xx'`/`'5xx'`), then kind (`network`, `timeout`, `unknown`, `abort`), then `default`.
 * `undefined` when neither list covers it (the boundary then renders the built-in page).
 */
export function resolveFallback(
  error: StatusError,
  fallbacks: StatusFallbacks | undefined,
  appFallbacks: StatusFallbacks | undefined,
): FallbackComponent | undefined {
  return fromList(error, fallbacks) ?? fromList(error, appFallbacks)
}
