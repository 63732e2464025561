'use client'
import { statusCategory } from '@statuskit/core'
import { type ReactElement, type ReactNode, useEffect, useId, useRef } from 'react'
import { useStatusKit } from '../context/useStatusKit'
import { formatMessage } from '../i18n/formatMessage'
import type { Messages } from '../i18n/Messages'
import type { PageProps } from './PageProps'

/**
 * A built-in action: `retry` ("Try again"), `back` ("Go back" in the history) or `home` (a link to the provider's
 * `homeHref`, through its `linkComponent`).
 */
export type BuiltInAction = 'retry' | 'back' | 'home'

export interface StatusLayoutProps extends PageProps {
  /** The messages section whose `title` and `description` the page shows unless overridden. */
  section: keyof Messages
  /** The page's own actions, used unless `actions` is given: built-in ones or elements; the first is primary. */
  defaultActions?: readonly (BuiltInAction | ReactElement | false)[]
  /** Disables the built-in "Try again" (while a countdown runs). */
  busy?: boolean
  /** More body content, after the description. */
  children?: ReactNode
  /** `data-state` of the root, for pages that have states. */
  state?: string | undefined
  /** Show the server's problem `title`/`detail` (as text, and only ever for a 4xx error). */
  serverText?: boolean
}

/**
 * The frame every built-in page shares: one heading (an `h1` that takes focus on mount; a nested page with a
 * `headingLevel` of 2–6 is an alert instead), a body, actions and a small reference line for support.
 */
export function StatusLayout(props: StatusLayoutProps) {
  const { error, reset, section, busy, state, children } = props
  const { messages, homeHref, linkComponent: Link = 'a' } = useStatusKit()
  const m = messages[section] as { title: string; description: string }
  const c = messages.common
  const level = props.headingLevel ?? 1
  const fullPage = level < 2
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (fullPage) headingRef.current?.focus()
  }, [fullPage])
  const headingId = useId()
  const Heading = `h${level}` as 'h1'
  const description = props.description === undefined ? m.description : props.description

  // Only client errors may speak in the server's words: a 5xx body can leak internals (stacks, hosts, SQL).
  const status = error.status ?? 0
  const problem = props.serverText && statusCategory(status) === 'client-error' ? error.problem : undefined
  const detail = typeof problem?.detail === 'string' && problem.detail.trim() ? problem.detail : undefined
  let serverTitle = typeof problem?.title === 'string' ? problem.title.trim() : ''
  // A title that only repeats the reason phrase ("Not Found") is jargon the page already avoids.
  if (serverTitle.toLowerCase() === error.definition?.reason.toLowerCase() || serverTitle === detail)
    serverTitle = ''

  const requestId = error.requestId
  const reference = [
    status && formatMessage(c.statusCode, { code: status }),
    // The reference is opaque: anything that looks like a URL is not shown, whatever produced it.
    requestId && !requestId.includes('://') && formatMessage(c.reference, { reference: requestId }),
  ]
    .filter(Boolean)
    .join(' · ')

  const defaultActions = props.defaultActions ?? []
  const actions =
    props.actions ??
    (defaultActions.length === 0
      ? null
      : defaultActions.map((action, index) => {
          const className = `sk-button sk-button--${index ? 'secondary' : 'primary'}`
          return action === 'home' ? (
            <Link key={action} className={className} href={homeHref}>
              {c.goHome}
            </Link>
          ) : typeof action === 'string' ? (
            <button
              key={action}
              type="button"
              className={className}
              disabled={action === 'retry' && busy}
              onClick={action === 'back' ? () => history.back() : () => reset()}
            >
              {action === 'back' ? c.goBack : c.tryAgain}
            </button>
          ) : (
            action
          )
        }))

  return (
    <section
      className="sk-page"
      data-status={error.status ?? error.kind}
      data-state={state}
      aria-labelledby={headingId}
      role={fullPage ? undefined : 'alert'}
    >
      <Heading id={headingId} className="sk-heading" ref={headingRef} tabIndex={fullPage ? -1 : undefined}>
        {props.title ?? m.title}
      </Heading>
      <div className="sk-body">
        {typeof description === 'string' ? <p className="sk-description">{description}</p> : description}
        {serverTitle || detail ? (
          <div className="sk-server-message">
            {serverTitle ? <p className="sk-server-title">{serverTitle}</p> : null}
            {detail ? <p className="sk-server-detail">{detail}</p> : null}
          </div>
        ) : null}
        {children}
      </div>
      {actions == null ? null : <div className="sk-actions">{actions}</div>}
      {reference ? <p className="sk-reference">{reference}</p> : null}
    </section>
  )
}
