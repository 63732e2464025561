'use client'
import { type StatusError, statusCategory } from '@statuskit/core'
import { type ReactNode, useId } from 'react'
import type { HeadingLevel } from '../FallbackProps'
import { formatMessage } from '../messages/formatMessage'
import { useFocusOnMount } from '../useFocusOnMount'
import { useStatusKit } from '../useStatusKit'

export interface StatusLayoutProps {
  error: StatusError
  /** 1 (default) for a full page: the heading takes focus on mount. 2–6 when nested: the page is an alert. */
  headingLevel?: HeadingLevel | undefined
  title: ReactNode
  description?: ReactNode
  /** More body content, after the description. */
  children?: ReactNode
  actions?: ReactNode
  /** `data-state` of the root, for pages that have states. */
  state?: string | undefined
  /** Show the server's problem `title`/`detail` (as text, and only ever for a 4xx error). */
  serverText?: boolean
}

function serverText(error: StatusError): { title?: string; detail?: string } {
  // Only client errors may speak in the server's words: a 5xx body can leak internals (stacks, hosts, SQL).
  if (error.status === undefined || statusCategory(error.status) !== 'client-error') return {}
  const problem = error.problem
  if (problem === undefined) return {}
  const detail =
    typeof problem.detail === 'string' && problem.detail.trim() !== '' ? problem.detail : undefined
  const raw = typeof problem.title === 'string' ? problem.title.trim() : ''
  // A title that only repeats the reason phrase ("Not Found") is jargon the page already avoids.
  const repeats = raw === '' || raw.toLowerCase() === error.definition?.reason.toLowerCase() || raw === detail
  return repeats
    ? detail === undefined
      ? {}
      : { detail }
    : detail === undefined
      ? { title: raw }
      : { title: raw, detail }
}

/** The frame every built-in page shares: one heading, a body, actions and a small reference line for support. */
export function StatusLayout(props: StatusLayoutProps) {
  const { error, title, description, children, actions, state } = props
  const { messages } = useStatusKit()
  const level = props.headingLevel ?? 1
  const fullPage = level === 1
  const headingRef = useFocusOnMount<HTMLHeadingElement>(fullPage)
  const headingId = useId()
  const Heading = `h${level}` as 'h1'
  const server = props.serverText === true ? serverText(error) : {}

  const reference: string[] = []
  if (error.status !== undefined)
    reference.push(formatMessage(messages.common.statusCode, { code: error.status }))
  // The reference is opaque: anything that looks like a URL is not shown, whatever produced it.
  if (typeof error.requestId === 'string' && error.requestId !== '' && !error.requestId.includes('://')) {
    reference.push(formatMessage(messages.common.reference, { reference: error.requestId }))
  }

  return (
    <section
      className="sk-page"
      data-status={error.status ?? error.kind}
      data-state={state}
      aria-labelledby={headingId}
      role={fullPage ? undefined : 'alert'}
    >
      <Heading id={headingId} className="sk-heading" ref={headingRef} tabIndex={fullPage ? -1 : undefined}>
        {title}
      </Heading>
      <div className="sk-body">
        {description === undefined || description === null ? null : typeof description === 'string' ? (
          <p className="sk-description">{description}</p>
        ) : (
          description
        )}
        {server.title === undefined && server.detail === undefined ? null : (
          <div className="sk-server-message">
            {server.title === undefined ? null : <p className="sk-server-title">{server.title}</p>}
            {server.detail === undefined ? null : <p className="sk-server-detail">{server.detail}</p>}
          </div>
        )}
        {children}
      </div>
      {actions === undefined || actions === null ? null : <div className="sk-actions">{actions}</div>}
      {reference.length === 0 ? null : (
        <p className="sk-reference">{reference.join(messages.common.referenceSeparator)}</p>
      )}
    </section>
  )
}
