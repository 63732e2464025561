'use client'
import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { useContext, useState } from 'react'
import { ErrorReporterContext } from '../context/ErrorReporterContext'
import { StatusBoundaryContext } from '../context/StatusBoundaryContext'
import { useStatusKit } from '../context/useStatusKit'
import { BuiltInPage } from '../pages/BuiltInPage'
import { StatusBoundaryCatcher } from './StatusBoundaryCatcher'
import type { StatusBoundaryProps } from './StatusBoundaryProps'

type ResetScope = { reset: () => void }

/**
 * An error boundary for a whole app or any part of it. It normalizes what it catches with `toStatusError` and
 * shows the matching fallback (its own, the provider's, else the built-in page for the status).
 *
 * Each boundary is its own TanStack Query error-reset scope: its reset makes the failed queries below it fetch
 * again, and no others. A boundary that mounts afresh (a route visited again) gives a query that failed earlier one
 * new fetch instead of showing the old error. Router control flow (Next.js redirects and not-found signals, thrown
 * redirect Responses, TanStack Router's `notFound()` and `redirect()`) and errors outside `catches` go to the next
 * boundary up, as does an error thrown by the fallback itself.
 *
 * Works without a `QueryClientProvider` or `StatusKitProvider` above it.
 */
export function StatusBoundary(props: StatusBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {(scope) => <ScopedBoundary {...props} scope={scope} />}
    </QueryErrorResetBoundary>
  )
}

function ScopedBoundary({ scope, ...props }: StatusBoundaryProps & { scope: ResetScope }) {
  // A fresh scope starts reset: TanStack Query then lets a query that already failed (in the cache from an earlier
  // visit) fetch once on mount instead of throwing its old error here. Setting the flag is not a state update, and
  // the first query to mount clears it again.
  useState(() => scope.reset())
  const kit = useStatusKit()
  const reportError = useContext(ErrorReporterContext)
  const parent = useContext(StatusBoundaryContext)
  return (
    <StatusBoundaryCatcher
      {...props}
      kit={kit}
      reportError={reportError}
      resetQueries={scope.reset}
      builtInFallback={BuiltInPage}
      parent={parent}
    />
  )
}
