import { isRetryableStatus } from './isRetryableStatus'
import type { StatusCategory, StatusDefinition } from './StatusDefinition'
import { STATUS_CATEGORIES } from './statusCategories'
import { STATUS_TABLE } from './statusTable'

let definitions: readonly StatusDefinition[] | undefined

/**
 * The registry's frozen definitions, ascending, decoded from the table on first use. Lazy rather than at module
 * level, so a bundle that never looks a status up drops the table and this decoder entirely (module-level
 * calls are kept by bundlers that cannot prove them pure).
 */
export function statusDefinitions(): readonly StatusDefinition[] {
  if (!definitions) {
    const list: StatusDefinition[] = []
    STATUS_TABLE.split('\n').forEach((reasons, classIndex) => {
      reasons.split(',').forEach((reason, offset) => {
        const code = 100 * classIndex + 100 + offset
        // An empty entry is an unregistered code that only keeps the positions of the next ones.
        if (reason) {
          list.push(
            Object.freeze({
              code,
              reason,
              key: reason.toUpperCase().replace(/[ -]/g, '_'),
              category: STATUS_CATEGORIES[classIndex] as StatusCategory,
              retryable: isRetryableStatus(code),
            }),
          )
        }
      })
    })
    definitions = Object.freeze(list)
  }
  return definitions
}
