import type { ReasonToKey } from './ReasonToKey'
import type { StatusTable } from './STATUS_TABLE'
import { statusRegistry } from './statusRegistry'

type StatusConstants = { readonly [Entry in StatusTable[number] as ReasonToKey<Entry[1]>]: Entry[0] }

function statusConstants(): StatusConstants {
  return Object.freeze(
    Object.fromEntries(statusRegistry().map((definition) => [definition.key, definition.code])),
  ) as StatusConstants
}

// Built by one call marked pure, so bundlers drop the table from apps that never use `STATUS`.
/**
 * One constant per registered status code, named by its key: `STATUS.NOT_FOUND` is the literal type `404`.
 * Frozen.
 */
export const STATUS: StatusConstants = /* @__PURE__ */ statusConstants()
