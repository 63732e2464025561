'use client'
import { isControlFlowThrow, type StatusError, toStatusError } from '@statuskit/core'
import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { type ErrorComponentProps, isRedirect, useRouter } from '@tanstack/react-router'
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react'
import { RouterStatusPage } from '../boundary/RouterStatusPage'
import { ErrorReporterContext } from '../context/ErrorReporterContext'
import type { ResetOptions } from '../context/FallbackProps'
import { useStatusKit } from '../context/useStatusKit'

/**
 * The user's last "Try again", per route boundary: TanStack Router mounts the error component afresh for each
 * error, and its `reset` is the one thing that stays the same for the boundary.
 */
const userRetries = new WeakMap<() => void, { at: number; of: StatusError }>()

/**
 * A route's `errorComponent` (or the router's `defaultErrorComponent`) that shows the kit's page for what the
 * route's loader or component threw, normalized with `toStatusError` and the provider's `normalize` (a
 * StatusError thrown from a loader keeps its wait and problem details).
 *
 * "Try again" invalidates the router, so the loaders run again, then resets the route's boundary if it still
 * shows the error; it resets TanStack Query's error-reset scope too, runs once per click, shows that it is
 * trying until the router settles and says so when the error comes back. Automatic retries (a countdown reaching
 * zero, the connection coming back) do the same, at most three in a row that failed again. The page uses the
 * provider's `fallbacks` and reports to its `onError` once per error. A `redirect()` that reaches it (thrown by a
 * component, passed up by `<StatusBoundary>`) is followed; a `notFound()` renders nothing here and goes on to the
 * route's `notFoundComponent`.
 */
export function StatusErrorPage({ error: raw, reset }: ErrorComponentProps) {
  const router = useRouter()
  const { normalize } = useStatusKit()
  const error = useMemo(() => toStatusError(raw, { normalize }), [raw, normalize])
  const controlFlow = isControlFlowThrow(raw)
  const report = useContext(ErrorReporterContext)
  useEffect(() => {
    if (!controlFlow) report(raw, error, { source: 'boundary' })
  }, [controlFlow, report, raw, error])
  useEffect(() => {
    // A redirect asks to be somewhere else: go there in place of the current entry, as a loader's would.
    if (isRedirect(raw)) void router.navigate({ ...raw.options, replace: raw.options.replace ?? true })
  }, [raw, router])
  const { reset: resetQueries } = useQueryErrorResetBoundary()

  const mounted = useRef(false)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])
  const running = useRef(false)
  const [retrying, setRetrying] = useState(false)
  const retry = useCallback(
    (options?: ResetOptions) => {
      // A second click while the loaders run would start them over: one click, one load.
      if (running.current) return
      running.current = true
      setRetrying(true)
      if (options?.automatic) userRetries.delete(reset)
      else userRetries.set(reset, { at: Date.now(), of: error })
      resetQueries()
      const done = () => {
        running.current = false
        // A loader error clears itself when the router loads again; a component's may still be shown.
        if (mounted.current) {
          setRetrying(false)
          reset()
        }
      }
      router.invalidate().then(done, done)
    },
    [error, reset, resetQueries, router],
  )

  if (controlFlow) return null
  const last = userRetries.get(reset)
  return (
    <RouterStatusPage
      error={error}
      retry={retry}
      budgetKey={reset}
      retrying={retrying}
      retriedAt={last && last.of !== error ? last.at : undefined}
    />
  )
}
