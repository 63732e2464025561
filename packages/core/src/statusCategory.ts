import type { StatusCategory } from './StatusDefinition'

const categories: readonly StatusCategory[] = [
  'informational',
  'success',
  'redirection',
  'client-error',
  'server-error',
]

/**
 * The category of any integer status code from 100 to 599, registered or not (`499` is a client error).
 * Anything else (non-integers, out-of-range numbers, non-numbers) gives `undefined`.
 */
export function statusCategory(code: number): StatusCategory | undefined {
  return Number.isInteger(code) && code >= 100 && code <= 599
    ? categories[Math.floor(code / 100) - 1]
    : undefined
}
