'use client'
import type { StatusError } from '@statuskit/core'
import { useEffect, useMemo } from 'react'
import { AutomaticResets } from '../context/AutomaticResets'
import type { HeadingLevel, ResetOptions } from '../context/FallbackProps'
import { type StatusBoundaryApi, StatusBoundaryContext } from '../context/StatusBoundaryContext'
import { BuiltInPage } from '../pages/BuiltInPage'

/** One budget per router error boundary, kept across the pages it mounts for each new error. */
const budgets = new WeakMap<object, AutomaticResets>()

/** Props of `RouterStatusPage`. */
export interface RouterStatusPageProps {
  /** The error to show. */
  error: StatusError
  /** What "Try again" and the page's automatic retries do: revalidate the route, refresh server data, … */
  retry: () => void
  /**
   * Identifies the router's error boundary across the pages it mounts (a stable `reset` function, the router),
   * so automatic retries are counted across new errors and a page can never retry in a loop.
   */
  budgetKey: object
  /** True while `retry` is under way, so "Try again" says it is trying. */
  retrying?: boolean | undefined
  headingLevel?: HeadingLevel | undefined
}

/**
 * The kit's page inside a router's own error boundary (Next.js `error.tsx`, a React Router `ErrorBoundary`, a
 * TanStack Router `errorComponent`), given what `<StatusBoundary>` gives its fallback: a reset that runs the
 * router's retry, the same budget of automatic retries (three in a row, then only the user, and the page says
 * so), and the retry's progress. Shared by the framework entries.
 */
export function RouterStatusPage({ error, retry, budgetKey, retrying, headingLevel }: RouterStatusPageProps) {
  let found = budgets.get(budgetKey)
  if (!found) budgets.set(budgetKey, (found = new AutomaticResets()))
  const budget = found
  useEffect(() => budget.caught(), [budget, error])
  const scope = useMemo<StatusBoundaryApi>(
    () => ({
      reset: (options?: ResetOptions) => {
        if (options?.automatic) {
          if (!budget.take()) return
        } else {
          budget.clear()
        }
        retry()
      },
      showError: (next: unknown) => {
        throw next
      },
      error,
      automaticResets: { done: budget.done, left: budget.left },
      retrying,
    }),
    [budget, error, retry, retrying],
  )
  return (
    <StatusBoundaryContext.Provider value={scope}>
      <BuiltInPage error={error} reset={scope.reset} headingLevel={headingLevel} />
    </StatusBoundaryContext.Provider>
  )
}
