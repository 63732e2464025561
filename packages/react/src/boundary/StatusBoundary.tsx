'use client'
import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { useContext } from 'react'
import { ErrorReporterContext } from '../context/ErrorReporterContext'
import { useStatusKit } from '../context/useStatusKit'
import { pageForError } from '../pages/pageForError'
import { StatusBoundaryCatcher } from './StatusBoundaryCatcher'
import type { StatusBoundaryProps } from './StatusBoundaryProps'

/**
 * An error boundary for a whole app or any part of it. It normalizes what it catches with `toStatusError`,
 * shows the matching fallback (its own, the provider's, else the built-in page for the status) and, on reset,
 * also resets TanStack Query's error-reset boundary so failed queries fetch again. Router control flow (Next.js
 * redirects and not-found signals, thrown redirect Responses) and errors outside `catches` go to the next
 * boundary up, as does an error thrown by the fallback itself.
 *
 * Works without a `QueryClientProvider` or `StatusKitProvider` above it.
 */
export function StatusBoundary(props: StatusBoundaryProps) {
  const { reset } = useQueryErrorResetBoundary()
  const kit = useStatusKit()
  const reportError = useContext(ErrorReporterContext)
  return (
    <StatusBoundaryCatcher
      {...props}
      kit={kit}
      reportError={reportError}
      resetQueries={reset}
      builtInFallback={pageForError}
    />
  )
}
