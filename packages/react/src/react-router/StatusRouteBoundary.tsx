'use client'
import { useLocation } from 'react-router'
import { StatusBoundary } from '../boundary/StatusBoundary'
import type { StatusBoundaryProps } from '../boundary/StatusBoundaryProps'

/**
 * A `<StatusBoundary>` for layouts that resets when the address changes (pathname or search, from React
 * Router's `useLocation`), so an error page never stays on screen after the user navigates away. Takes every
 * prop of `<StatusBoundary>`; its `resetKeys` are added to the address. Errors thrown by loaders and actions
 * never reach it: they go to the route's `errorElement`/`ErrorBoundary` (`<StatusErrorPage>`).
 */
export function StatusRouteBoundary({ resetKeys = [], ...props }: StatusBoundaryProps) {
  const { pathname, search } = useLocation()
  return <StatusBoundary {...props} resetKeys={[pathname, search, ...resetKeys]} />
}
