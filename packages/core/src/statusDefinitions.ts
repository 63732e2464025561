import { isRetryableStatus } from './isRetryableStatus'
import type { StatusCategory, StatusDefinition } from './StatusDefinition'
import { statusCategory } from './statusCategory'
import { statusTable } from './statusTable'

/**
 * The registry's frozen definitions, ascending, derived from the one table. Keys are computed rather than
 * stored so the table (and every bundle that needs a lookup) stays small; `ReasonToKey` is the type twin.
 * The `@__PURE__` marks let bundlers drop all of it from apps that never look a status up.
 */
export const statusDefinitions: readonly StatusDefinition[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ statusTable.map(([code, reason]) =>
    Object.freeze({
      code,
      reason,
      key: reason.toUpperCase().replace(/[ -]/g, '_'),
      category: statusCategory(code) as StatusCategory,
      retryable: isRetryableStatus(code),
    }),
  ),
)
