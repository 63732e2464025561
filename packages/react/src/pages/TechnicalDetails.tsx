'use client'
import type { StatusError } from '@statuskit/core'
import { useState } from 'react'
import { describeCauses } from './describeCauses'

/**
 * Development builds only (the layout renders it behind `process.env.NODE_ENV === 'development'`, so production
 * bundles drop it): the error's message, status, kind and cause chain, collapsed, for the developer looking at the
 * page. Text only, and only in the page once opened.
 */
export function TechnicalDetails({ error, summary }: { error: StatusError; summary: string }) {
  const [open, setOpen] = useState(false)
  const lines = [
    `message: ${error.message}`,
    `kind: ${error.kind}`,
    `status: ${error.status ?? '-'}`,
    ...describeCauses(error).map((cause, index) => `cause ${index + 1}: ${cause}`),
  ]
  return (
    <details className="sk-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? <pre className="sk-details-body">{lines.join('\n')}</pre> : null}
    </details>
  )
}
