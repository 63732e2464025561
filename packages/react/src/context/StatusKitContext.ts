'use client'
import type { StatusNormalizer } from '@statuskit/core'
import { createContext } from 'react'
import { en } from '../i18n/en'
import type { Messages } from '../i18n/Messages'
import type { LinkComponent } from './LinkComponent'
import type { LoginOptions } from './LoginOptions'
import type { StatusFallbacks } from './StatusFallbacks'

/**
 * What `useStatusKit()` returns: the provider's settings, or English, `homeHref: '/'` and plain links without one.
 */
export interface StatusKitConfig {
  /** BCP 47 locale for dates and numbers; `undefined` uses the runtime's default. */
  readonly locale: string | undefined
  /** Every string the kit shows, complete (the provider merges its overrides into English). */
  readonly messages: Messages
  readonly login?: LoginOptions | undefined
  /** App-wide fallbacks, consulted after a boundary's own. */
  readonly fallbacks?: StatusFallbacks | undefined
  /** Where "Go to the home page" leads. */
  readonly homeHref: string
  /** Renders every link of the pages and the sign-in dialog; `undefined` renders plain `<a>` elements. */
  readonly linkComponent?: LinkComponent | undefined
  /** The app's own shapes, taught to `toStatusError` everywhere the kit normalizes a failure. */
  readonly normalize?: StatusNormalizer | undefined
}

export const StatusKitContext = /* @__PURE__ */ createContext<StatusKitConfig>({
  locale: undefined,
  messages: en,
  homeHref: '/',
})
