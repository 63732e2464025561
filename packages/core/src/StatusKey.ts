import type { ReasonToKey } from './ReasonToKey'
import type { StatusTable } from './STATUS_TABLE'

/** The key of every registered status code: `'OK' | 'CREATED' | … | 'NOT_FOUND' | …`. */
export type StatusKey = ReasonToKey<StatusTable[number][1]>
