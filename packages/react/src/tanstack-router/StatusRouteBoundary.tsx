'use client'
import { useRouterState } from '@tanstack/react-router'
import { FreshQueriesOnChange } from '../boundary/FreshQueriesOnChange'
import { StatusBoundary } from '../boundary/StatusBoundary'
import type { StatusBoundaryProps } from '../boundary/StatusBoundaryProps'

/**
 * A `<StatusBoundary>` for layouts that resets when the address changes (pathname or search), so an error page
 * never stays on screen after the user navigates away, and a page whose query failed on an earlier visit fetches
 * it once more when the user comes back. Takes every prop of `<StatusBoundary>`; its `resetKeys` are added to the
 * address. It passes `notFound()` and `redirect()` up to the router, like any `<StatusBoundary>`.
 */
export function StatusRouteBoundary({ resetKeys = [], children, ...props }: StatusBoundaryProps) {
  // The resolved location: it changes once the new route's matches are ready, so the reset renders the new
  // route instead of the old one, which would only throw again.
  const address = useRouterState({
    select: ({ resolvedLocation, location }) => {
      const { pathname, searchStr } = resolvedLocation ?? location
      return pathname + searchStr
    },
  })
  return (
    <StatusBoundary {...props} resetKeys={[address, ...resetKeys]}>
      <FreshQueriesOnChange address={address}>{children}</FreshQueriesOnChange>
    </StatusBoundary>
  )
}
