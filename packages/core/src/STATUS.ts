import type { ReasonToKey } from './StatusDefinition'
import { statusDefinitions } from './statusDefinitions'
import type { StatusTable } from './statusTable'

type StatusConstants = { readonly [Entry in StatusTable[number] as ReasonToKey<Entry[1]>]: Entry[0] }

/**
 * One constant per registered status code, named by its key: `STATUS.NOT_FOUND` is the literal type `404`.
 * Frozen.
 */
export const STATUS: StatusConstants = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.fromEntries(
    /* @__PURE__ */ statusDefinitions.map((definition) => [definition.key, definition.code]),
  ),
) as StatusConstants
