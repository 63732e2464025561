import type { StatusError } from './StatusError'
import { statusErrorMessage } from './statusErrorMessage'
import { trustedStatusErrors } from './trustedStatusErrors'

/**
 * Whether `value` is a StatusError made by this package: by this copy or any other bundled copy in the same
 * realm (not `instanceof`, which fails across copies). A look-alike, a proxy that answers every read, or an
 * object carrying a copied brand is not one, and neither is a StatusError whose fields were since changed to
 * something invalid. So a value it accepts always has a valid `kind`, a `status` that is an integer in
 * 100–599 exactly when `kind` is `'http'`, and a finite `retryAt`/`retryAfterMs` or none.
 * StatusErrors from another realm (an iframe, a `vm` context) are not accepted: `toStatusError` reads them like
 * any other error, so an http one keeps its status. Never throws.
 */
export function isStatusError(value: unknown): value is StatusError {
  try {
    if (!trustedStatusErrors().has(value as object)) return false
    const { kind, status, retryAt, retryAfterMs } = value as StatusError
    return (
      statusErrorMessage(kind, status) !== undefined &&
      [retryAt, retryAfterMs].every((time) => time === undefined || Number.isFinite(time))
    )
  } catch {
    return false
  }
}
