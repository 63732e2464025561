'use client'
import { problemFieldErrors, toStatusError } from '@statuskit/core'
import { type ReactNode, useEffect, useId, useMemo, useRef } from 'react'
import type { HeadingLevel } from '../context/FallbackProps'
import { useStatusKit } from '../context/useStatusKit'

/** Props of `<ErrorSummary>`. */
export interface ErrorSummaryProps {
  /** The failed submission (normalized with `toStatusError`); renders nothing unless its problem details list field errors. */
  error: unknown
  /**
   * The id of the input for a field path of the problem (`email`, `items.0.name`), for the links.
   * @default the path itself
   */
  fieldId?: ((field: string) => string) | undefined
  /** Replaces the heading ("There is a problem"). */
  title?: ReactNode
  /** @default 2 */
  headingLevel?: Exclude<HeadingLevel, 1> | undefined
}

function defaultFieldId(field: string): string {
  return field
}

/**
 * The "There is a problem" summary of a form whose submission the server refused (GOV.UK's error summary): a
 * heading and each field's message, as the server's human words rendered as text and never the machine key,
 * linking to the field (a click focuses it). Focus moves to the summary each time a new error arrives, so keyboard
 * and screen reader users hear it at once; messages without a field are listed without a link. Show each message
 * beside its field as well (`setHookFormErrors`, `toConformErrors`).
 */
export function ErrorSummary({
  error,
  fieldId = defaultFieldId,
  title,
  headingLevel = 2,
}: ErrorSummaryProps) {
  const { messages, normalize } = useStatusKit()
  const items = useMemo(
    () => (error == null ? [] : problemFieldErrors(toStatusError(error, { normalize }).problem)),
    [error, normalize],
  )
  const ref = useRef<HTMLDivElement>(null)
  const id = useId()
  // Each failed submission gives a new list: focus goes to the summary again.
  useEffect(() => {
    if (items.length > 0) ref.current?.focus()
  }, [items])
  if (items.length === 0) return null
  const Heading = `h${headingLevel}` as 'h2'
  return (
    <div className="sk-error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby={id}>
      <Heading id={id} className="sk-error-summary-title">
        {title ?? messages.badRequest.summaryTitle}
      </Heading>
      <ul className="sk-error-summary-list">
        {items.map(({ field, message }, index) => (
          // Server order is the only identity these entries have.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
          <li key={index}>
            {field === undefined ? (
              message
            ) : (
              <a
                href={`#${fieldId(field)}`}
                onClick={(event) => {
                  const input = document.getElementById(fieldId(field))
                  if (!input) return
                  event.preventDefault()
                  input.focus()
                  ;(input.closest('label, .field, [data-field]') ?? input).scrollIntoView?.({
                    block: 'center',
                  })
                }}
              >
                {message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
