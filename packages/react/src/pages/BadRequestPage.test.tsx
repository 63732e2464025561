import { parseProblemDetails, StatusError } from '@statuskit/core'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { BadRequestPage } from './BadRequestPage'

function badRequest(body: Record<string, unknown>): StatusError {
  return new StatusError({ kind: 'http', status: 400, problem: parseProblemDetails(body) })
}

describe('BadRequestPage', () => {
  describe('given a 400 without details', () => {
    it('should say it could not open this, give no form advice, and offer a way home or back', () => {
      const { container } = render(
        <BadRequestPage error={new StatusError({ kind: 'http', status: 400 })} reset={vi.fn()} />,
      )
      expect(screen.getByRole('heading', { level: 1, name: "We couldn't open this" })).toHaveFocus()
      expect(container.textContent).not.toMatch(/information you entered/i)
      const [first] = container.querySelectorAll('.sk-actions > *')
      expect(first).toHaveTextContent('Go to the home page')
      expect(screen.getByRole('button', { name: 'Go back' })).toBeInTheDocument()
      expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/')
      expect(screen.queryByRole('list')).toBeNull()
    })
  })

  describe('given field errors as errors: [{ detail, pointer }]', () => {
    it('should list each message under "There is a problem", without the machine field names', () => {
      render(
        <BadRequestPage
          error={badRequest({
            errors: [
              { detail: 'must be a positive integer', pointer: '#/age' },
              { detail: 'is required', pointer: '#/email' },
            ],
          })}
          reset={vi.fn()}
        />,
      )
      expect(screen.getByRole('heading', { level: 2, name: 'There is a problem' })).toBeInTheDocument()
      const items = within(screen.getByRole('list')).getAllByRole('listitem')
      expect(items.map((item) => item.textContent)).toEqual(['must be a positive integer', 'is required'])
    })
  })

  describe('given field errors as errors: { field: [messages] }', () => {
    it('should list every message of every field', () => {
      render(
        <BadRequestPage
          error={badRequest({ errors: { Name: ['is too long', 'has digits'] } })}
          reset={vi.fn()}
        />,
      )
      const items = within(screen.getByRole('list')).getAllByRole('listitem')
      expect(items.map((item) => item.textContent)).toEqual(['is too long', 'has digits'])
    })
  })

  describe('given field errors as invalid-params: [{ name, reason }]', () => {
    it('should list each parameter with its reason', () => {
      render(
        <BadRequestPage
          error={badRequest({ 'invalid-params': [{ name: 'color', reason: "must be 'green' or 'red'" }] })}
          reset={vi.fn()}
        />,
      )
      expect(screen.getByRole('listitem')).toHaveTextContent(/^must be 'green' or 'red'$/)
    })
  })

  describe('given a field error whose message holds markup', () => {
    it('should render it as text', () => {
      const { container } = render(
        <BadRequestPage
          error={badRequest({ errors: [{ detail: '<img src=x onerror=alert(1)>', pointer: '#/name' }] })}
          reset={vi.fn()}
        />,
      )
      expect(screen.getByRole('listitem')).toHaveTextContent(/^<img src=x onerror=alert\(1\)>$/)
      expect(container.querySelector('img')).toBeNull()
    })
  })

  describe('given a nested page with headingLevel 6', () => {
    it('should keep the summary heading at level 6', () => {
      render(<BadRequestPage error={badRequest({ errors: { a: ['b'] } })} reset={vi.fn()} headingLevel={6} />)
      expect(screen.getAllByRole('heading', { level: 6 })).toHaveLength(2)
    })
  })
})
