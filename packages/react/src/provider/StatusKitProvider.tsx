'use client'
import { isReportableError, type StatusError, type StatusNormalizer } from '@statuskit/core'
import { type QueryClient, QueryClientContext } from '@tanstack/react-query'
import { type ReactNode, useContext, useMemo, useRef } from 'react'
import {
  type ErrorReporter,
  ErrorReporterContext,
  type ErrorReportInfo,
} from '../context/ErrorReporterContext'
import type { LinkComponent } from '../context/LinkComponent'
import type { LoginOptions } from '../context/LoginOptions'
import type { StatusFallbacks } from '../context/StatusFallbacks'
import { type StatusKitConfig, StatusKitContext } from '../context/StatusKitContext'
import { en } from '../i18n/en'
import type { MessagesOverrides } from '../i18n/Messages'
import { mergeMessages } from '../i18n/mergeMessages'
import { useQueryFailureReports } from '../query/useQueryFailureReports'

/** Props of `<StatusKitProvider>`: app-wide locale, copy, sign-in, fallbacks and telemetry. */
export interface StatusKitProviderProps {
  children?: ReactNode
  /** BCP 47 locale for times and numbers (`'de-DE'`). Without it, the runtime's default locale. */
  locale?: string | undefined
  /** Overrides of any string, section by section; everything not given stays English (or pass a locale such as `de`). */
  messages?: MessagesOverrides | undefined
  /** How users sign in again after a 401: a login page (`href`) or a function (`onLogin`). */
  login?: LoginOptions | undefined
  /** App-wide fallbacks, used when a boundary's own `fallback`/`fallbacks` do not cover an error. */
  fallbacks?: StatusFallbacks | undefined
  /**
   * Where "Go to the home page" leads, as your router expects it (with a base path where the router does not
   * add one itself).
   * @default '/'
   */
  homeHref?: string | undefined
  /**
   * The component that renders every link of the pages and the sign-in dialog (`href`, `className`, `children`),
   * so links use your router instead of a full reload: `next/link`, or the adapters of the framework entries.
   * @default a plain `<a>`
   */
  linkComponent?: LinkComponent | undefined
  /**
   * Telemetry: called once per distinct failure (the same thrown value is never reported twice, also across
   * nested boundaries and StrictMode), after the boundary's own `onError`. Which failures count is `report`.
   * Sees what boundaries catch, and the failed queries and mutations of the QueryClient (the one of the
   * `QueryClientProvider` above, or `queryClient`).
   */
  onError?: ((error: StatusError, info: ErrorReportInfo) => void) | undefined
  /**
   * Which failures reach `onError`. `'unexpected'` (default): 5xx, network, timeout and unknown errors, not the
   * expected 4xx answers or aborts. `'all'`: everything. Or a predicate of your own.
   * @default 'unexpected'
   */
  report?: 'unexpected' | 'all' | ((error: StatusError) => boolean) | undefined
  /**
   * The QueryClient whose failed queries and mutations `onError` reports. Not needed inside a
   * `QueryClientProvider`, whose client is used; give it when the provider sits above that.
   */
  queryClient?: QueryClient | undefined
  /**
   * Teaches the kit shapes of errors it does not know (`toStatusError`'s `normalize`): boundaries, pages, notices,
   * `<SessionGuard>` and `onError` all see its answer. Give `statusQueryDefaults` the same function, so that retries
   * agree.
   */
  normalize?: StatusNormalizer | undefined
}

function shouldReport(report: StatusKitProviderProps['report'], error: StatusError): boolean {
  if (report === 'all') return true
  if (typeof report === 'function') return report(error)
  return isReportableError(error)
}

/**
 * Settings for every statuskit component below it: language, sign-in, app-wide fallbacks and telemetry.
 * Optional: without a provider the kit speaks English and reports nothing.
 */
export function StatusKitProvider({
  children,
  locale,
  messages,
  login,
  fallbacks,
  homeHref = '/',
  linkComponent,
  onError,
  report,
  queryClient,
  normalize,
}: StatusKitProviderProps) {
  // The latest callbacks, read when reporting, so that inline arrow props do not re-render every consumer.
  const latest = useRef({ onError, report })
  latest.current = { onError, report }
  // Keyed by the thrown value itself: the same failure seen by a boundary, a query cache subscription and a
  // StrictMode double render is reported once. Primitives cannot be tracked and are reported each time.
  const reported = useRef<WeakSet<object>>(new WeakSet())

  const merged = useMemo(() => mergeMessages(en, messages), [messages])
  const config = useMemo<StatusKitConfig>(
    () => ({ locale, messages: merged, login, fallbacks, homeHref, linkComponent, normalize }),
    [locale, merged, login, fallbacks, homeHref, linkComponent, normalize],
  )
  const reportError = useMemo<ErrorReporter>(
    () => (raw: unknown, error: StatusError, info: ErrorReportInfo) => {
      const { onError: handler, report: filter } = latest.current
      if (!handler || !shouldReport(filter, error)) return
      const key = (typeof raw === 'object' && raw !== null) || typeof raw === 'function' ? raw : error
      if (reported.current.has(key)) return
      reported.current.add(key)
      handler(error, info)
    },
    [],
  )
  // Failed queries and mutations are reported even when no boundary shows them (background refetches, inline
  // errors): the provider is the one owner of reporting, and the reporter keeps each failure to one report.
  const contextClient = useContext(QueryClientContext)
  useQueryFailureReports(queryClient ?? contextClient, reportError, normalize)
  return (
    <ErrorReporterContext.Provider value={reportError}>
      <StatusKitContext.Provider value={config}>{children}</StatusKitContext.Provider>
    </ErrorReporterContext.Provider>
  )
}
