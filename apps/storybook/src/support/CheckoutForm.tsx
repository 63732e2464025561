import { fromResponse, problemFieldErrors, type StatusError } from '@statuskit/core'
import { ErrorSummary } from '@statuskit/react'
import { useId, useState } from 'react'
import './demo.css'

/** The id of the input for a field path of the server's problem details (`delivery.date` → `…-delivery-date`). */
function fieldIdFor(prefix: string) {
  return (field: string) => `${prefix}-${field.replaceAll('.', '-')}`
}

/**
 * A checkout form whose submission the server refuses with field errors (422 problem details): `<ErrorSummary>`
 * at the top, which takes focus and links to each field, and the same message beside each field. What was typed
 * stays.
 */
export function CheckoutForm() {
  const prefix = useId()
  const fieldId = fieldIdFor(prefix)
  const [error, setError] = useState<StatusError | undefined>(undefined)
  const [state, setState] = useState<'idle' | 'sending' | 'sent'>('idle')
  const messages = new Map(
    problemFieldErrors(error?.problem).map(({ field, message }) => [field, message] as const),
  )
  const field = (name: string, label: string, type: string, initial: string) => {
    const id = fieldId(name)
    const message = messages.get(name)
    return (
      <div className="demo-field" data-field={name}>
        <label htmlFor={id}>{label}</label>
        {message ? (
          <p className="demo-field-error" id={`${id}-error`}>
            {message}
          </p>
        ) : null}
        <input
          id={id}
          name={name}
          type={type}
          defaultValue={initial}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-error` : undefined}
        />
      </div>
    )
  }
  return (
    <form
      className="demo-card demo-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault()
        setState('sending')
        const response = await fetch('/api/checkout', {
          method: 'POST',
          body: new FormData(event.currentTarget),
        })
        if (response.ok) {
          setError(undefined)
          setState('sent')
        } else {
          setError(await fromResponse(response))
          setState('idle')
        }
      }}
    >
      <h2>Delivery details</h2>
      <ErrorSummary error={error} fieldId={fieldId} headingLevel={3} />
      {field('email', 'Email address', 'email', 'sam@example')}
      {field('delivery.date', 'Delivery date', 'date', '2026-03-01')}
      <button type="submit" className="demo-button" disabled={state === 'sending'}>
        Place order
      </button>
      <p role="status">{state === 'sent' ? 'Order placed.' : ''}</p>
    </form>
  )
}
