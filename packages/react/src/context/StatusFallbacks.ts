import type { StatusErrorKind } from '@statuskit/core'
import type { ComponentType } from 'react'
import type { FallbackProps } from './FallbackProps'

/** A component a boundary renders in place of its children: a built-in page or your own. */
export type FallbackComponent = ComponentType<FallbackProps>

/**
 * Fallbacks chosen by what went wrong, most specific first: an exact status code (`404`), its class (`'4xx'`,
 * `'5xx'`), the kind of failure for errors without a status (`network`, `timeout`, `unknown`, `abort`), then
 * `default`. Whatever is not listed falls through to the provider's `fallbacks`, then to the built-in page.
 */
export type StatusFallbacks = {
  readonly [code: number]: FallbackComponent | undefined
} & {
  readonly '4xx'?: FallbackComponent
  readonly '5xx'?: FallbackComponent
  readonly default?: FallbackComponent
} & {
  readonly [kind in Exclude<StatusErrorKind, 'http'>]?: FallbackComponent
}
