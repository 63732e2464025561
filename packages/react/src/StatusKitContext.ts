'use client'
import type { StatusError } from '@statuskit/core'
import { createContext } from 'react'
import type { LoginOptions } from './LoginOptions'
import { en } from './messages/en'
import type { Messages } from './messages/Messages'
import type { StatusFallbacks } from './StatusFallbacks'

/** Where a reported failure surfaced. */
export type ErrorReportInfo =
  | { source: 'boundary'; componentStack?: string | null | undefined }
  | { source: 'query'; queryKey: readonly unknown[] }
  | { source: 'mutation'; mutationKey: readonly unknown[] | undefined }

/** What `useStatusKit()` returns: the provider's settings, or English defaults without a provider. */
export interface StatusKitConfig {
  /** BCP 47 locale for dates and numbers; `undefined` uses the runtime's default. */
  readonly locale: string | undefined
  /** Every string the kit shows, complete (the provider merges its overrides into English). */
  readonly messages: Messages
  readonly login?: LoginOptions | undefined
  /** App-wide fallbacks, consulted after a boundary's own. */
  readonly fallbacks?: StatusFallbacks | undefined
  /**
   * Sends a failure to the provider's `onError`, at most once per distinct thrown value, and only when the
   * provider's `report` setting accepts it. A no-op without a provider.
   */
  readonly reportError: (raw: unknown, error: StatusError, info: ErrorReportInfo) => void
}

export const StatusKitContext = createContext<StatusKitConfig>({
  locale: undefined,
  messages: en,
  reportError: () => {},
})
StatusKitContext.displayName = 'StatusKitContext'
