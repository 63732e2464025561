'use client'
import type { StatusError } from '@statuskit/core'
import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react'
import { useLocation, useRevalidator, useRouteError } from 'react-router'
import { RouterStatusPage } from '../boundary/RouterStatusPage'
import { ErrorReporterContext } from '../context/ErrorReporterContext'
import type { HeadingLevel, ResetOptions } from '../context/FallbackProps'
import { useStatusKit } from '../context/useStatusKit'
import { readRouteError } from './readRouteError'

/** Numbers the errors shown, to mount a fresh page for each. */
let errorsShown = 0

/** Props of `<StatusErrorPage>`. */
export interface StatusErrorPageProps {
  /**
   * Level of the page's heading: 1 (default) when the route fills the page, 2–6 when the route's error shows
   * inside a layout that has its own `h1`.
   * @default 1
   */
  headingLevel?: HeadingLevel | undefined
}

/**
 * The route `ErrorBoundary` (framework mode) or `errorElement` (data mode) that shows the kit's page for what
 * the route threw, read with `useRouteError()`: what `throwStatus` threw (its problem details, wait and request
 * id), a thrown Response or `data()`, a problem+json body React Router kept as text, or any error.
 *
 * "Try again" revalidates the loaders (`useRevalidator`) once per click, without reloading the document, shows
 * that it is trying until the loaders settle, says so when the error comes back, and resets TanStack Query's
 * error-reset scope; automatic retries (a countdown reaching zero, the connection coming back) revalidate too,
 * at most three in a row that failed again, as `<StatusBoundary>` does. The page uses the provider's `fallbacks`
 * and reports to its `onError` once per error. A new address shows the new route (React Router clears the error)
 * and starts a new series of automatic retries.
 */
export function StatusErrorPage({ headingLevel }: StatusErrorPageProps) {
  const raw = useRouteError()
  const { normalize } = useStatusKit()
  const error = useMemo(() => readRouteError(raw, { normalize }), [raw, normalize])
  const report = useContext(ErrorReporterContext)
  useEffect(() => report(raw, error, { source: 'boundary' }), [report, raw, error])
  const { revalidate } = useRevalidator()
  const { reset: resetQueries } = useQueryErrorResetBoundary()

  // The budget of automatic retries belongs to this error page at this address: a new address, a new series.
  const { pathname, search } = useLocation()
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new object for each new address
  const series = useMemo(() => ({}), [pathname, search])
  // Each new error mounts a fresh page (a new countdown, focus moved again), as under <StatusBoundary>.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new number for each new error
  const shown = useMemo(() => ++errorsShown, [error])

  const running = useRef(false)
  const [retrying, setRetrying] = useState(false)
  const [userRetry, setUserRetry] = useState<{ at: number; of: StatusError }>()
  const retry = useCallback(
    (options?: ResetOptions) => {
      // A second click while the loaders run would start them over: one click, one load.
      if (running.current) return
      running.current = true
      setRetrying(true)
      setUserRetry(options?.automatic ? undefined : { at: Date.now(), of: error })
      resetQueries()
      const done = () => {
        running.current = false
        setRetrying(false)
      }
      revalidate().then(done, done)
    },
    [error, resetQueries, revalidate],
  )
  return (
    <RouterStatusPage
      key={shown}
      error={error}
      retry={retry}
      budgetKey={series}
      retrying={retrying}
      retriedAt={userRetry && userRetry.of !== error ? userRetry.at : undefined}
      headingLevel={headingLevel}
    />
  )
}
