'use client'
import type { StatusError } from '@statuskit/core'
import { createContext } from 'react'

/** Where a reported failure surfaced. */
export type ErrorReportInfo =
  | { source: 'boundary'; componentStack?: string | null | undefined }
  | { source: 'query'; queryKey: readonly unknown[] }
  | { source: 'mutation'; mutationKey: readonly unknown[] | undefined }

/**
 * Sends a failure to the provider's `onError`, at most once per distinct thrown value, and only when the
 * provider's `report` setting accepts it.
 */
export type ErrorReporter = (raw: unknown, error: StatusError, info: ErrorReportInfo) => void

/** The nearest provider's reporter; reports nothing without a provider. Internal: not part of the config. */
export const ErrorReporterContext = /* @__PURE__ */ createContext<ErrorReporter>(() => {})
