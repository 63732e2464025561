import { STATUS_ERROR_BRAND } from './statusErrorBrand'

/** Reads the brand without ever throwing (revoked proxies and throwing getters answer false). */
export function hasStatusErrorBrand(value: unknown): boolean {
  try {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[STATUS_ERROR_BRAND] === true
    )
  } catch {
    return false
  }
}
