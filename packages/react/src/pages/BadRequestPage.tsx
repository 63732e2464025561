'use client'
import { problemFieldErrors } from '@statuskit/core'
import { useStatusKit } from '../context/useStatusKit'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'

/**
 * 400 (and other client errors without a page of their own): "We couldn't process that request", the server's
 * field errors as a list, and a way back. Server text is rendered as text only.
 */
export function BadRequestPage(props: PageProps) {
  const { messages } = useStatusKit()
  const fieldErrors = problemFieldErrors(props.error.problem)
  const SummaryHeading = `h${Math.min((props.headingLevel ?? 1) + 1, 6)}` as 'h2'
  return (
    <StatusLayout {...props} section="badRequest" defaultActions={['back', 'home']} serverText>
      {fieldErrors.length === 0 ? null : (
        <div className="sk-field-errors">
          <SummaryHeading className="sk-field-errors-title">
            {messages.badRequest.summaryTitle}
          </SummaryHeading>
          <ul className="sk-field-errors-list">
            {fieldErrors.map(({ field, message }, index) => (
              // Server order is the only identity these entries have.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
              <li key={index}>{field === undefined ? message : `${field}: ${message}`}</li>
            ))}
          </ul>
        </div>
      )}
    </StatusLayout>
  )
}
