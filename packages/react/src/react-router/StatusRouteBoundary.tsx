'use client'
import { useLocation } from 'react-router'
import { FreshQueriesOnChange } from '../boundary/FreshQueriesOnChange'
import { StatusBoundary } from '../boundary/StatusBoundary'
import type { StatusBoundaryProps } from '../boundary/StatusBoundaryProps'

/**
 * A `<StatusBoundary>` for layouts that resets when the address changes (pathname or search, from React
 * Router's `useLocation`), so an error page never stays on screen after the user navigates away, and a page
 * whose query failed on an earlier visit fetches it once more when the user comes back. Takes every prop of
 * `<StatusBoundary>`; its `resetKeys` are added to the address. Errors thrown by loaders and actions never reach
 * it: they go to the route's `errorElement`/`ErrorBoundary` (`<StatusErrorPage>`).
 */
export function StatusRouteBoundary({ resetKeys = [], children, ...props }: StatusBoundaryProps) {
  const { pathname, search } = useLocation()
  return (
    <StatusBoundary {...props} resetKeys={[pathname, search, ...resetKeys]}>
      <FreshQueriesOnChange address={pathname + search}>{children}</FreshQueriesOnChange>
    </StatusBoundary>
  )
}
