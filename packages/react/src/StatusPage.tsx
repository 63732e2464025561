'use client'
import { toStatusError } from '@statuskit/core'
import { type ReactNode, useMemo } from 'react'
import type { HeadingLevel, ResetOptions } from './FallbackProps'
import { pageForError } from './pageForError'

/** Props of `<StatusPage>`: which status to show, an optional error for details, and overrides. */
export interface StatusPageProps {
  /**
   * The HTTP status to show. Any number works: a status with a page of its own gets it, other codes in
   * 100–599 their class's page, anything else the generic page. Takes precedence over `error`'s status.
   */
  code?: number
  /** What went wrong, normalized with `toStatusError`: its retry time, problem details and reference are used. */
  error?: unknown
  title?: ReactNode
  description?: ReactNode
  actions?: ReactNode
  /** @default 1 (a full page; the heading takes focus when it mounts) */
  headingLevel?: HeadingLevel
  /**
   * What "Try again" does. Without it, "Try again" reloads the page, and automatic retries (a countdown
   * reaching zero, the connection coming back) do nothing, so a standalone page never reloads by itself.
   */
  reset?: (options?: ResetOptions) => void
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
  const statusError = useMemo(() => {
    const normalized = error === undefined ? undefined : toStatusError(error)
    if (code === undefined) return normalized ?? toStatusError(undefined)
    if (normalized !== undefined && normalized.status === code) return normalized
    return toStatusError({ status: code })
  }, [code, error])
  const Page = pageForError(statusError)
  return (
    <Page
      error={statusError}
      reset={reset ?? reload}
      headingLevel={headingLevel}
      title={title}
      description={description}
      actions={actions}
    />
  )
}
