'use client'
import { type CSSProperties, useContext, useEffect, useId, useRef } from 'react'
import { StatusBoundaryContext } from '../context/StatusBoundaryContext'
import { useStatusKit } from '../context/useStatusKit'
import type { PageProps } from './PageProps'
import { StatusActions } from './StatusActions'
import type { StatusPageModel } from './StatusPageModel'
import { TechnicalDetails } from './TechnicalDetails'

// Inline, so the region stays hidden even without the stylesheet.
const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
}

export interface StatusLayoutProps extends PageProps {
  /** What the page shows and does, from `usePageModel` or one of the hooks built on it. */
  model: StatusPageModel
}

/**
 * The markup every built-in page shares, rendered from its model: one heading (an `h1` that takes focus on mount;
 * a nested page's heading and body are announced once as an alert instead), the body, the server's words for 4xx,
 * the time to come back, the actions, then whether the page will try again by itself and a status line, whose space
 * is always kept (so no control moves when it fills), and a small reference line for support. The stylesheet draws each family's mark from
 * `data-variant`; no icon is in the JavaScript.
 */
export function StatusLayout({ model, title, description, actions }: StatusLayoutProps) {
  const { messages } = useStatusKit()
  const boundary = useContext(StatusBoundaryContext)
  const { headingLevel, serverMessage, fieldErrors, timing, error } = model
  const fullPage = headingLevel < 2
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (fullPage) headingRef.current?.focus()
  }, [fullPage])
  const id = useId()
  const Heading = `h${headingLevel}` as 'h1'
  const SubHeading = `h${Math.min(headingLevel + 1, 6)}` as 'h2'
  const body = description === undefined ? model.description : description
  const whenId = `${id}when`

  return (
    <section
      ref={boundary?.error === error ? boundary.fallbackRef : undefined}
      className="sk-page"
      data-status={error.status ?? error.kind}
      data-variant={model.variant}
      data-state={model.state}
      data-nested={fullPage ? undefined : ''}
      aria-labelledby={id}
    >
      <div className="sk-intro" role={fullPage ? undefined : 'alert'}>
        <Heading id={id} className="sk-heading" ref={headingRef} tabIndex={fullPage ? -1 : undefined}>
          {title ?? model.title}
        </Heading>
        {body == null ? null : typeof body === 'string' ? <p className="sk-description">{body}</p> : body}
      </div>
      {serverMessage ? (
        <div className="sk-server-message">
          {serverMessage.title ? <p className="sk-server-title">{serverMessage.title}</p> : null}
          {serverMessage.detail ? <p className="sk-server-detail">{serverMessage.detail}</p> : null}
        </div>
      ) : null}
      {fieldErrors.length ? (
        <div className="sk-field-errors">
          <SubHeading className="sk-field-errors-title">{messages.badRequest.summaryTitle}</SubHeading>
          <ul className="sk-field-errors-list">
            {fieldErrors.map(({ message }, index) => (
              // Server order is the only identity these entries have; field keys are machine names, not shown.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
              <li key={index}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {timing?.when ? (
        <div className="sk-timing">
          <p className="sk-when" id={whenId} suppressHydrationWarning>
            {timing.when}
            {timing.timeLeft ? ' ' : null}
            {timing.timeLeft ? (
              <span className="sk-timer" role="timer" suppressHydrationWarning>
                {timing.timeLeft}
              </span>
            ) : null}
          </p>
        </div>
      ) : null}
      {actions !== undefined ? (
        actions === null ? null : (
          <div className="sk-actions">{actions}</div>
        )
      ) : model.actions.length ? (
        <StatusActions actions={model.actions} describedBy={timing?.when && whenId} />
      ) : null}
      {/* Under the actions, like the status line that replaces it when the user stops the automatic retry: the
          actions never move when one goes and the other comes. */}
      {timing?.note ? <p className="sk-note">{timing.note}</p> : null}
      <p className="sk-status" role="status">
        {model.statusMessage}
      </p>
      {timing ? (
        <p className="sk-announcer" role="status" style={visuallyHidden}>
          {model.announcement}
        </p>
      ) : null}
      {model.reference ? <p className="sk-reference">{model.reference}</p> : null}
      {process.env.NODE_ENV === 'development' ? (
        <TechnicalDetails error={error} summary={messages.common.technicalDetails} />
      ) : null}
    </section>
  )
}
