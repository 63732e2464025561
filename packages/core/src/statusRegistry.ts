import { STATUS_CATEGORIES, type StatusCategory } from './STATUS_CATEGORIES'
import { STATUS_TABLE } from './STATUS_TABLE'
import type { StatusDefinition } from './StatusDefinition'

let definitions: readonly StatusDefinition[] | undefined

/**
 * The registry's frozen definitions, ascending, decoded from the table on first use. Lazy rather than at module
 * level, so a bundle that never looks a status up drops the table and this decoder entirely (module-level
 * calls are kept by bundlers that cannot prove them pure).
 */
export function statusRegistry(): readonly StatusDefinition[] {
  definitions ??= Object.freeze(
    STATUS_TABLE.split(',').map((entry) => {
      const reason = entry.slice(3).replace('*', '')
      return Object.freeze({
        code: +entry.slice(0, 3),
        reason,
        // Reasons hold only letters, spaces and hyphens, so every non-word character is a space or a hyphen.
        key: reason.toUpperCase().replace(/\W/g, '_'),
        category: STATUS_CATEGORIES[+(entry[0] as string) - 1] as StatusCategory,
        retryable: entry.endsWith('*'),
      })
    }),
  )
  return definitions
}
