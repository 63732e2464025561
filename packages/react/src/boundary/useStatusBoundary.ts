'use client'
import { useContext, useMemo, useState } from 'react'
import { StatusBoundaryContext } from '../context/StatusBoundaryContext'

/** What `useStatusBoundary` returns. */
export interface UseStatusBoundaryResult {
  /**
   * Shows `error` in the nearest `<StatusBoundary>` (normalized there), for failures a boundary cannot see by
   * itself: event handlers, promises, timers.
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
  // Stored in state and thrown during render, so the error travels up the tree like any render error.
  const [shown, setShown] = useState<{ error: unknown } | null>(null)
  const result = useMemo<UseStatusBoundaryResult>(
    () => ({
      showError: (error: unknown) => setShown({ error }),
      reset: () => {
        setShown(null)
        boundary.reset()
      },
    }),
    [boundary],
  )
  if (shown !== null) throw shown.error
  return result
}
