import type { StatusCategory } from './STATUS_CATEGORIES'

/** One registered HTTP status code. Definitions returned by the registry are frozen. */
export interface StatusDefinition {
  /** The numeric code, e.g. `404`. */
  readonly code: number
  /** The IANA registry's current reason phrase (RFC 9110's where it defines one), e.g. `'Not Found'`. */
  readonly reason: string
  /** The reason phrase in SCREAMING_SNAKE_CASE, e.g. `'NOT_FOUND'`: the code's name in `STATUS`. */
  readonly key: string
  /** The class of the code, from its first digit. */
  readonly category: StatusCategory
  /** A later identical request may succeed: what `isRetryableStatus` says of `code`. */
  readonly retryable: boolean
}
