'use client'
import type { StatusError } from '@statuskit/core'
import { useEffect, useMemo } from 'react'
import { AutomaticResets } from '../context/AutomaticResets'
import type { HeadingLevel, ResetOptions } from '../context/FallbackProps'
import { type StatusBoundaryApi, StatusBoundaryContext } from '../context/StatusBoundaryContext'
import { useStatusKit } from '../context/useStatusKit'
import { BuiltInPage } from '../pages/BuiltInPage'
import { resolveFallback } from './resolveFallback'

/** One budget per router error boundary, kept across the pages it mounts for each new error. */
const budgets = new WeakMap<object, AutomaticResets>()

/** Props of `RouterStatusPage`. */
export interface RouterStatusPageProps {
  /** The error to show. */
  error: StatusError
  /**
   * What "Try again" and the page's automatic retries do: revalidate the route, refresh server data, … Told
   * whether the retry is automatic.
   */
  retry: (options?: ResetOptions) => void
  /**
   * Identifies the router's error boundary across the pages it mounts (a stable `reset` function, the router),
   * so automatic retries are counted across new errors and a page can never retry in a loop.
   */
  budgetKey: object
  /** True while `retry` is under way, so "Try again" says it is trying. */
  retrying?: boolean | undefined
  /**
   * When the user last pressed "Try again" (epoch ms), if the error shown came back after it, so the page says
   * that it tried ("Still not working. We tried again at 14:33.").
   */
  retriedAt?: number | undefined
  headingLevel?: HeadingLevel | undefined
}

/**
 * The kit's page inside a router's own error boundary (Next.js `error.tsx`, a React Router `ErrorBoundary`, a
 * TanStack Router `errorComponent`), given what `<StatusBoundary>` gives its fallback: a reset that runs the
 * router's retry, the same budget of automatic retries (three in a row, then only the user, and the page says
 * so), the retry's progress, and the provider's `fallbacks` before the built-in page. Shared by the framework
 * entries.
 */
export function RouterStatusPage({
  error,
  retry,
  budgetKey,
  retrying,
  retriedAt,
  headingLevel,
}: RouterStatusPageProps) {
  const { fallbacks } = useStatusKit()
  let budget = budgets.get(budgetKey)
  if (!budget) {
    budget = new AutomaticResets()
    budgets.set(budgetKey, budget)
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new error is a catch
  useEffect(() => budget.caught(), [budget, error])
  const scope = useMemo<StatusBoundaryApi>(
    () => ({
      reset: (options?: ResetOptions) => {
        if (options?.automatic) {
          if (!budget.take()) return
        } else {
          budget.clear()
        }
        retry(options)
      },
      showError: (next: unknown) => {
        throw next
      },
      error,
      automaticResets: { done: budget.done, left: budget.left },
      retrying,
      retriedAt,
    }),
    [budget, error, retry, retrying, retriedAt],
  )
  const Page = resolveFallback(error, undefined, fallbacks) ?? BuiltInPage
  return (
    <StatusBoundaryContext.Provider value={scope}>
      <Page error={error} reset={scope.reset} headingLevel={headingLevel} />
    </StatusBoundaryContext.Provider>
  )
}
