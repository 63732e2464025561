import { parseProblemDetails, StatusError } from '@statuskit/core'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ErrorSummary } from './ErrorSummary'

const refused = (body: Record<string, unknown>) =>
  new StatusError({ kind: 'http', status: 422, problem: parseProblemDetails(body) })

describe('ErrorSummary', () => {
  describe('given field errors', () => {
    it('should list each human message under "There is a problem", linked to its field, and take focus', async () => {
      const user = userEvent.setup()
      render(
        <>
          <ErrorSummary
            error={refused({
              errors: [
                { detail: 'Enter a delivery date in the future', pointer: '#/delivery/date' },
                { detail: 'The shop is closed on Sundays' },
              ],
            })}
            fieldId={(field) => `field-${field.replaceAll('.', '-')}`}
          />
          <label htmlFor="field-delivery-date">Delivery date</label>
          <input id="field-delivery-date" />
        </>,
      )
      const summary = screen.getByRole('alert')
      expect(summary).toHaveFocus()
      expect(screen.getByRole('heading', { level: 2, name: 'There is a problem' })).toBeInTheDocument()
      // The machine key is never shown.
      expect(summary.textContent).not.toContain('delivery.date')
      const link = screen.getByRole('link', { name: 'Enter a delivery date in the future' })
      expect(link).toHaveAttribute('href', '#field-delivery-date')
      expect(screen.getByText('The shop is closed on Sundays').tagName).toBe('LI')
      await user.click(link)
      expect(screen.getByLabelText('Delivery date')).toHaveFocus()
    })

    it('should render markup from the server as text', () => {
      const { container } = render(
        <ErrorSummary
          error={refused({ errors: [{ detail: '<img src=x onerror=alert(1)>', pointer: '/name' }] })}
        />,
      )
      expect(container.querySelector('img')).toBeNull()
      expect(screen.getByRole('link')).toHaveTextContent('<img src=x onerror=alert(1)>')
    })
  })

  describe('given an error without field errors, or none', () => {
    it('should render nothing', () => {
      const { container } = render(
        <>
          <ErrorSummary error={new StatusError({ kind: 'http', status: 500 })} />
          <ErrorSummary error={undefined} />
        </>,
      )
      expect(container).toBeEmptyDOMElement()
    })
  })

  describe('given a second failed submission', () => {
    it('should take focus again', () => {
      const first = refused({ errors: { name: ['Enter your name'] } })
      const { rerender } = render(
        <>
          <ErrorSummary error={first} />
          <input aria-label="Name" />
        </>,
      )
      screen.getByLabelText('Name').focus()
      rerender(
        <>
          <ErrorSummary error={refused({ errors: { name: ['Enter your full name'] } })} />
          <input aria-label="Name" />
        </>,
      )
      expect(screen.getByRole('alert')).toHaveFocus()
    })
  })
})
