import type { StatusError } from '@statuskit/core'

/** What every fallback (a built-in page or your own component) receives from a boundary. */
export interface FallbackProps {
  /** The caught value, normalized with `toStatusError`. */
  error: StatusError
  /**
   * Clears the boundary's error and resets TanStack Query's error-reset boundary, so the failed queries below
   * it fetch again. A page that retries by itself (a countdown reaching zero, the connection coming back) passes
   * `{ automatic: true }`: the boundary stops honouring automatic resets after three in a row that failed again,
   * so a page can never loop. A user's reset always works.
   */
  reset: (options?: ResetOptions) => void
  /** Heading level of the fallback's heading: 1 for a full page (default), 2–6 when nested in a page. */
  headingLevel?: HeadingLevel
}

/** What a fallback tells its boundary about a reset. */
export interface ResetOptions {
  /** The reset was not asked for by the user (a timer or an event fired it). */
  automatic?: boolean
}

/** The level of a fallback's heading: `h1` for a full page, `h2`–`h6` inside a page. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6
