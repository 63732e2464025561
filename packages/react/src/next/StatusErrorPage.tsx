'use client'
import { useRouter } from 'next/navigation.js'
import { startTransition, useContext, useEffect, useMemo } from 'react'
import { ErrorReporterContext } from '../context/ErrorReporterContext'
import type { HeadingLevel, ResetOptions } from '../context/FallbackProps'
import { useStatusKit } from '../context/useStatusKit'
import { StatusPage } from '../pages/StatusPage'
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
 * Automatic retries (a countdown reaching zero, the connection coming back) honoured in a row when each came
 * within a minute of the last, so that a page can never refresh in a loop. A retry that fails again mounts a new
 * page, so the count is kept per Next error boundary, whose `reset` stays the same function for its lifetime.
 */
const MAX_AUTOMATIC_RETRIES = 3
const AUTOMATIC_RETRY_WINDOW_MS = 60_000
const automaticRetries = new WeakMap<() => void, { count: number; at: number }>()

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

  const tryAgain = (options?: ResetOptions) => {
    const now = Date.now()
    if (options?.automatic) {
      const last = automaticRetries.get(reset)
      const count = last && now - last.at <= AUTOMATIC_RETRY_WINDOW_MS ? last.count : 0
      if (count >= MAX_AUTOMATIC_RETRIES) return
      automaticRetries.set(reset, { count: count + 1, at: now })
    } else {
      // The user's retry always works, and starts a new count.
      automaticRetries.delete(reset)
    }
    if (retry) retry()
    else
      startTransition(() => {
        router.refresh()
        reset()
      })
  }

  const page = <StatusPage error={statusError} reset={tryAgain} headingLevel={headingLevel} />
  return global ? (
    <html lang={locale ?? 'en'}>
      <body>{page}</body>
    </html>
  ) : (
    page
  )
}
