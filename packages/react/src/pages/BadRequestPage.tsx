'use client'
import { problemFieldErrors } from '@statuskit/core'
import type { HeadingLevel } from '../FallbackProps'
import { formatMessage } from '../messages/formatMessage'
import { useStatusKit } from '../useStatusKit'
import { GoBackButton } from './GoBackButton'
import { GoHomeLink } from './GoHomeLink'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'

/**
 * 400 (and other client errors without a page of their own): "We couldn't process that request", the server's
 * field errors as a list, and a way back. Server text is rendered as text only.
 */
export function BadRequestPage({ error, headingLevel, title, description, actions }: PageProps) {
  const { messages } = useStatusKit()
  const m = messages.badRequest
  const fieldErrors = problemFieldErrors(error.problem)
  const SummaryHeading = `h${Math.min((headingLevel ?? 1) + 1, 6) as HeadingLevel}` as 'h2'
  return (
    <StatusLayout
      error={error}
      headingLevel={headingLevel}
      title={title ?? m.title}
      description={description ?? m.description}
      actions={
        actions ?? (
          <>
            <GoBackButton primary />
            <GoHomeLink />
          </>
        )
      }
      serverText
    >
      {fieldErrors.length === 0 ? null : (
        <div className="sk-field-errors">
          <SummaryHeading className="sk-field-errors-title">{m.summaryTitle}</SummaryHeading>
          <ul className="sk-field-errors-list">
            {fieldErrors.map((fieldError, index) => (
              // Server order is the only identity these entries have.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
              <li key={index}>
                {fieldError.field === undefined
                  ? fieldError.message
                  : formatMessage(m.fieldError, { field: fieldError.field, message: fieldError.message })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </StatusLayout>
  )
}
