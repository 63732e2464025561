import { readProperty } from './readProperty'
import type { StatusError } from './StatusError'
import { STATUS_ERROR_BRAND } from './statusErrorBrand'

/**
 * Whether `value` is a StatusError, from any copy of this package or any realm (a brand check, not
 * `instanceof`). Never throws: revoked proxies and objects whose getters throw are not StatusErrors.
 */
export function isStatusError(value: unknown): value is StatusError {
  return readProperty(value, STATUS_ERROR_BRAND) === true
}
