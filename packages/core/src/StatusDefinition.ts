import type { StatusTable } from './statusTable'

/** The class of a status code, from its first digit. */
export type StatusCategory = 'informational' | 'success' | 'redirection' | 'client-error' | 'server-error'

/** One registered HTTP status code. Definitions returned by the registry are frozen. */
export interface StatusDefinition {
  /** The numeric code, e.g. `404`. */
  readonly code: number
  /** The IANA registry's current reason phrase (RFC 9110's where it defines one), e.g. `'Not Found'`. */
  readonly reason: string
  /** The reason phrase in SCREAMING_SNAKE_CASE, e.g. `'NOT_FOUND'`: the code's name in `STATUS`. */
  readonly key: string
  readonly category: StatusCategory
  /**
   * A later identical request may succeed: true for 408, 425, 429, 500, 502, 503 and 504 only.
   */
  readonly retryable: boolean
}

type ReplaceAll<
  S extends string,
  From extends string,
  To extends string,
> = S extends `${infer Head}${From}${infer Tail}` ? `${Head}${To}${ReplaceAll<Tail, From, To>}` : S

/** The type-level twin of the runtime key derivation: upper case, spaces and hyphens to underscores. */
export type ReasonToKey<Reason extends string> = Uppercase<ReplaceAll<ReplaceAll<Reason, ' ', '_'>, '-', '_'>>

/** The key of every registered status code: `'OK' | 'CREATED' | … | 'NOT_FOUND' | …`. */
export type StatusKey = ReasonToKey<StatusTable[number][1]>
