'use client'
import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { type ReactNode, useEffect, useState } from 'react'

/**
 * Inside a `<StatusBoundary>` that stays mounted while the pages below it change (a route boundary in a layout):
 * whenever `address` changes, marks the boundary's TanStack Query error-reset scope as reset for the render of
 * the new page, so a query that failed on an earlier visit fetches once more instead of showing its old error, as
 * it would under a boundary that mounts afresh.
 */
export function FreshQueriesOnChange({ address, children }: { address: string; children?: ReactNode }) {
  const scope = useQueryErrorResetBoundary()
  const [seen, setSeen] = useState(address)
  if (seen !== address) {
    // Before the children render, so their queries read it; setting the flag is not a state update.
    scope.reset()
    setSeen(address)
  }
  // Only for that render: a page that stays mounted (a new search on the same path) mounts no new query to clear
  // the flag, and while it is set, failures would not reach the boundary.
  // biome-ignore lint/correctness/useExhaustiveDependencies: cleared after each render that set it
  useEffect(() => scope.clearReset(), [scope, seen])
  return children
}
