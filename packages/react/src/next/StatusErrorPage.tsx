'use client'
import { useRouter } from 'next/navigation.js'
import { useCallback, useContext, useEffect, useMemo, useTransition } from 'react'
import { RouterStatusPage } from '../boundary/RouterStatusPage'
import { ErrorReporterContext } from '../context/ErrorReporterContext'
import type { HeadingLevel } from '../context/FallbackProps'
import { useStatusKit } from '../context/useStatusKit'
import { readNextError } from './readNextError'

/** Props of `<StatusErrorPage>`: what Next passes to `error.tsx` and `global-error.tsx`, and two options. */
export interface StatusErrorPageProps {
  /**
   * What was thrown. From a Server Component, an `Error` whose message Next hides in production and whose
   * `digest` identifies the server's log entry, or carries the status `throwStatus` gave it.
   */
  error: unknown
  /** Next's `reset`: clears the error without fetching anything again. */
  reset: () => void
  /** Next's `retry` (16.3 and later): refreshes the route's server data, then resets. Used when given. */
  retry?: (() => void) | undefined
  /**
   * For `global-error.tsx`, which replaces the root layout: renders the `<html>` and `<body>` Next requires
   * there, with `lang` from the provider's locale (else `en`, the language of the default messages). Put the
   * provider around it, as the root layout is gone.
   */
  global?: boolean | undefined
  /** @default 1 (a full page); 2–6 for an `error.tsx` that fills only part of a layout. */
  headingLevel?: HeadingLevel | undefined
}

/**
 * The page for `error.tsx` and `global-error.tsx`: the kit's page for what failed, a status `throwStatus` sent
 * from the server included (a 503 with the server's time, a 429 counting down). Its reference line shows Next's
 * `digest` for an error Next hid, so support can find the server's log entry. "Try again" refreshes the route's
 * server data and resets, as Next's own `retry` does; so do the page's automatic retries, a few at most.
 * Reports what it shows to the provider's `onError`.
 *
 * ```tsx
 * 'use client'
 * export { StatusErrorPage as default } from '@statuskit/react/next'
 * ```
 */
export function StatusErrorPage({ error, reset, retry, global, headingLevel }: StatusErrorPageProps) {
  const router = useRouter()
  const { locale } = useStatusKit()
  const report = useContext(ErrorReporterContext)
  const statusError = useMemo(() => readNextError(error), [error])
  useEffect(() => report(error, statusError, { source: 'boundary' }), [report, error, statusError])

  const [retrying, startRetry] = useTransition()
  const tryAgain = useCallback(() => {
    if (retry) retry()
    else
      startRetry(() => {
        router.refresh()
        reset()
      })
  }, [retry, reset, router])

  // Automatic retries are counted per Next error boundary, whose `reset` stays the same function for its lifetime.
  const page = (
    <RouterStatusPage
      error={statusError}
      retry={tryAgain}
      budgetKey={reset}
      retrying={retrying}
      headingLevel={headingLevel}
    />
  )
  return global ? (
    <html lang={locale ?? 'en'}>
      <body>{page}</body>
    </html>
  ) : (
    page
  )
}
