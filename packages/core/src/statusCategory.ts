import { isHttpStatus } from './isHttpStatus'
import { STATUS_CATEGORIES, type StatusCategory } from './STATUS_CATEGORIES'

/**
 * The category of any integer status code from 100 to 599, registered or not (`499` is a client error).
 * Anything else (non-integers, out-of-range numbers, non-numbers) gives `undefined`.
 */
export function statusCategory(code: number): StatusCategory | undefined {
  return isHttpStatus(code) ? STATUS_CATEGORIES[Math.floor(code / 100) - 1] : undefined
}
