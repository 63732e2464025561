'use client'
import { useContext, useMemo } from 'react'
import { StatusBoundaryContext } from '../context/StatusBoundaryContext'

/** What `useStatusBoundary` returns. */
export interface UseStatusBoundaryResult {
  /**
   * Shows `error` in the nearest `<StatusBoundary>` (normalized there), for failures a boundary cannot see by
   * itself: event handlers, promises, timers. It reaches that boundary even when another library's error boundary
   * sits in between; from inside a boundary's fallback, it goes to the next `<StatusBoundary>` up.
   */
  showError: (error: unknown) => void
  /** Resets the nearest boundary, as its "Try again" does. */
  reset: () => void
}

/**
 * Sends errors from event handlers and async code to the nearest `<StatusBoundary>`.
 * @throws when called outside a `<StatusBoundary>`, where an error would have nowhere to go.
 */
export function useStatusBoundary(): UseStatusBoundaryResult {
  const boundary = useContext(StatusBoundaryContext)
  if (boundary === null) {
    throw new Error(
      'useStatusBoundary() was called outside a <StatusBoundary>. Wrap the component in a <StatusBoundary> so errors have a place to show.',
    )
  }
  return useMemo<UseStatusBoundaryResult>(
    () => ({ showError: boundary.showError, reset: () => boundary.reset() }),
    [boundary],
  )
}
