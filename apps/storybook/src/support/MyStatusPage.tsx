import { type PageProps, useStatusPage } from '@statuskit/react'
import { useEffect, useRef } from 'react'
import './myStatusPage.css'

/**
 * A design system's own error page, built only on `useStatusPage`: its markup and classes, the kit's words and
 * behaviour (the countdown, the automatic retry and its toggle, inactive actions, the status line, the reference).
 * It does what the built-in layout does for accessibility: focus on the `h1` when it mounts, `role="timer"` for the
 * countdown, `aria-disabled` for inactive actions, a status line whose space is kept, server text as text.
 */
export function MyStatusPage(props: PageProps) {
  const page = useStatusPage(props)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <main className="ds-page" data-tone={page.variant}>
      <p className="ds-eyebrow">{page.error.status ?? page.error.kind}</p>
      <h1 className="ds-title" ref={heading} tabIndex={-1}>
        {page.title}
      </h1>
      {page.description ? <p className="ds-lead">{page.description}</p> : null}
      {page.serverMessage?.detail ? <p className="ds-quote">{page.serverMessage.detail}</p> : null}
      {page.timing?.when ? (
        <p className="ds-when">
          {page.timing.when}{' '}
          {page.timing.timeLeft ? <span role="timer">({page.timing.timeLeft})</span> : null}
        </p>
      ) : null}
      {page.timing?.note ? <p className="ds-note">{page.timing.note}</p> : null}
      <div className="ds-actions">
        {page.actions.map((action) =>
          action.href !== undefined ? (
            <a key={action.id} className={`ds-button ds-button--${action.priority}`} href={action.href}>
              {action.label}
            </a>
          ) : (
            <button
              key={action.id}
              type="button"
              className={`ds-button ds-button--${action.priority}`}
              aria-disabled={action.disabled || action.busy || undefined}
              title={action.disabled ? action.disabledReason : undefined}
              onClick={action.disabled || action.busy ? undefined : action.onSelect}
            >
              {action.label}
            </button>
          ),
        )}
      </div>
      <p className="ds-status" role="status">
        {page.statusMessage}
      </p>
      {page.reference ? <p className="ds-reference">{page.reference}</p> : null}
    </main>
  )
}
