import type { StatusError } from '@statuskit/core'
import type { ErrorInfo, ReactNode } from 'react'
import type { FallbackProps, HeadingLevel } from '../context/FallbackProps'
import type { StatusFallbacks } from '../context/StatusFallbacks'
import type { ResetDetails } from './ResetDetails'

/**
 * Props of `<StatusBoundary>`: `fallbacks` (a list) or `fallback` (one for everything), never both. Like every
 * error boundary it does not catch errors thrown in event handlers, async code or server rendering: send those
 * with `useStatusBoundary().showError`, or let TanStack Query throw them through `statusQueryDefaults`.
 */
export type StatusBoundaryProps = StatusBoundaryCommonProps &
  (
    | {
        /**
         * Fallbacks by exact code, class (`'4xx'`, `'5xx'`), kind (`network`, `timeout`, `unknown`) and
         * `default`. What they do not cover falls through to the provider's `fallbacks`, then to the built-in page.
         */
        fallbacks?: StatusFallbacks | undefined
        fallback?: never
      }
    | {
        /**
         * One fallback for everything this boundary catches: a render function receiving
         * `{ error, reset, headingLevel }` (mounted as a component, so it may use hooks), or a plain element
         * (which a Server Component can pass; it can reset through `useStatusBoundary()`, and `<StatusPage />`
         * given as the element shows the caught error and resets this boundary).
         */
        fallback?: ReactNode | ((props: FallbackProps) => ReactNode)
        fallbacks?: never
      }
  )

/** The props of `<StatusBoundary>` besides its fallbacks. */
export interface StatusBoundaryCommonProps {
  children?: ReactNode
  /**
   * What this boundary handles: status codes (`[404, 410]`) or a predicate on the normalized error. Everything
   * else is re-thrown to the next boundary up. Default: everything.
   */
  catches?: readonly number[] | ((error: StatusError) => boolean) | undefined
  /**
   * Called once per distinct error this boundary shows (never for errors it re-throws), before the provider's
   * `onError`. Like every error boundary, it does not see errors thrown in event handlers, async code or during
   * server rendering: send those with `useStatusBoundary().showError`.
   */
  onError?: ((error: StatusError, info: ErrorInfo) => void) | undefined
  /** Called when the boundary clears its error, with the reason. */
  onReset?: ((details: ResetDetails) => void) | undefined
  /**
   * When any of these values changes (compared with `Object.is`) while a fallback is shown, the boundary resets
   * once. A change that happens together with the error does not reset it.
   */
  resetKeys?: readonly unknown[] | undefined
  /**
   * Level of the fallback's heading: 1 (default) for a boundary that fills the page, 2–6 when it is nested in one.
   * @default 1
   */
  headingLevel?: HeadingLevel | undefined
}
