import { hasStatusErrorBrand } from './hasStatusErrorBrand'
import type { StatusError } from './StatusError'

/**
 * Whether `value` is a StatusError, from any copy of this package or any realm (a brand check, not
 * `instanceof`). Never throws: revoked proxies and objects whose getters throw are not StatusErrors.
 */
export function isStatusError(value: unknown): value is StatusError {
  return hasStatusErrorBrand(value)
}
