'use client'
import { toStatusError } from '@statuskit/core'
import { type ReactNode, useContext, useMemo } from 'react'
import type { HeadingLevel, ResetOptions } from '../context/FallbackProps'
import { StatusBoundaryContext } from '../context/StatusBoundaryContext'
import { useStatusKit } from '../context/useStatusKit'
import { BuiltInPage } from './BuiltInPage'

/** Props of `<StatusPage>`: which status to show, an optional error for details, and overrides. */
export interface StatusPageProps {
  /**
   * The HTTP status to show. Any number works: a status with a page of its own gets it, other codes in
   * 100–599 their class's page, anything else the generic page. Takes precedence over `error`'s status.
   */
  code?: number
  /**
   * What went wrong, normalized with `toStatusError`: its retry time, problem details and reference are used.
   * As a boundary's `fallback` element (`fallback={<StatusPage />}`), the error the boundary caught.
   */
  error?: unknown
  title?: ReactNode
  description?: ReactNode
  actions?: ReactNode
  /** @default 1 (a full page; the heading takes focus when it mounts) */
  headingLevel?: HeadingLevel
  /**
   * What "Try again" does. Without it, a boundary's `fallback` element resets that boundary; elsewhere
   * "Try again" reloads the page, and automatic retries (a countdown reaching zero, the connection coming
   * back) do nothing, so a standalone page never reloads by itself.
   */
  reset?: (options?: ResetOptions) => void
}

const NEVER = { done: 0, left: 0 }

function throwUp(error: unknown): never {
  throw error
}

function reload(options?: ResetOptions): void {
  if (options?.automatic !== true) window.location.reload()
}

/** The page for one status, standalone: routes, `not-found.tsx`, server-rendered error pages. */
export function StatusPage({
  code,
  error,
  reset,
  title,
  description,
  actions,
  headingLevel,
}: StatusPageProps) {
  // As a boundary's fallback (`fallback={<StatusPage />}`), it shows the caught error and resets the boundary.
  const boundary = useContext(StatusBoundaryContext)
  const { normalize } = useStatusKit()
  const shown = boundary?.error
  const statusError = useMemo(() => {
    const given = error ?? shown
    const normalized = given === undefined ? undefined : toStatusError(given, { normalize })
    if (code === undefined) return normalized ?? toStatusError(undefined)
    if (normalized !== undefined && normalized.status === code) return normalized
    return toStatusError({ status: code })
  }, [code, error, shown, normalize])
  const page = (
    <BuiltInPage
      error={statusError}
      reset={reset ?? (shown ? boundary?.reset : undefined) ?? reload}
      headingLevel={headingLevel}
      title={title}
      description={description}
      actions={actions}
    />
  )
  if (reset || shown) return page
  // On its own, "Try again" reloads and nothing tries by itself: the page must not say it will.
  return (
    <StatusBoundaryContext.Provider
      value={{
        reset: reload,
        showError: boundary?.showError ?? throwUp,
        error: statusError,
        automaticResets: NEVER,
      }}
    >
      {page}
    </StatusBoundaryContext.Provider>
  )
}
