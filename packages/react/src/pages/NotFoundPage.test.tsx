import { parseProblemDetails, StatusError } from '@statuskit/core'
import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { en } from '../i18n/en'
import { NotFoundPage } from './NotFoundPage'

describe('NotFoundPage', () => {
  describe('given a 404 as a full page', () => {
    it('should say the page was not found, how to check the address, and link home', () => {
      const { container } = render(
        <NotFoundPage error={new StatusError({ kind: 'http', status: 404 })} reset={vi.fn()} />,
      )
      const heading = screen.getByRole('heading', { level: 1, name: 'Page not found' })
      expect(heading).toHaveFocus()
      expect(heading).toHaveAttribute('tabindex', '-1')
      expect(screen.getByText(en.notFound.description)).toBeInTheDocument()
      expect(en.notFound.description).toMatch(/^If you typed the address, check it is correct\./)
      expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/')
      expect(screen.getByRole('button', { name: 'Go back' })).toBeInTheDocument()
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
      expect(screen.getByText('Error code 404')).toHaveClass('sk-reference')
      expect(container.querySelector('.sk-page')).toHaveAttribute('data-status', '404')
      expect(screen.queryByRole('alert')).toBeNull()
    })
  })

  describe('given a 404 nested in a page with headingLevel 2', () => {
    it('should speak of that part in an h2, announce it once and leave focus alone', () => {
      render(
        <NotFoundPage
          error={new StatusError({ kind: 'http', status: 404 })}
          reset={vi.fn()}
          headingLevel={2}
        />,
      )
      const heading = screen.getByRole('heading', { level: 2, name: en.common.partTitle })
      expect(heading).not.toHaveFocus()
      expect(screen.getByRole('alert')).toContainElement(heading)
      expect(screen.getByRole('alert')).toHaveTextContent(en.notFound.reason)
      // A part of a page offers no page-level navigation, but a way forward.
      expect(screen.queryByRole('link', { name: 'Go to the home page' })).toBeNull()
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    })
  })

  describe('given a 404 whose problem detail holds markup', () => {
    it('should render the detail as text and create no element from it', () => {
      const detail = '<img src=x onerror=alert(1)>'
      const problem = parseProblemDetails({ title: '<b>Gone</b>', detail })
      const { container } = render(
        <NotFoundPage error={new StatusError({ kind: 'http', status: 404, problem })} reset={vi.fn()} />,
      )
      expect(screen.getByText(detail)).toBeInTheDocument()
      expect(screen.getByText('<b>Gone</b>')).toBeInTheDocument()
      expect(container.querySelector('img')).toBeNull()
      expect(container.querySelector('b')).toBeNull()
    })

    it('should not repeat a title that is only the reason phrase', () => {
      const problem = parseProblemDetails({ title: 'Not Found', detail: 'No order 42.' })
      render(<NotFoundPage error={new StatusError({ kind: 'http', status: 404, problem })} reset={vi.fn()} />)
      expect(screen.getByText('No order 42.')).toBeInTheDocument()
      expect(screen.queryByText('Not Found')).toBeNull()
    })
  })

  describe('given overrides', () => {
    it('should show the given title, description and actions instead of its own', () => {
      render(
        <NotFoundPage
          error={new StatusError({ kind: 'http', status: 404 })}
          reset={vi.fn()}
          title="No such order"
          description="The order may have been deleted."
          actions={<a href="/orders">See all orders</a>}
        />,
      )
      expect(screen.getByRole('heading', { level: 1, name: 'No such order' })).toBeInTheDocument()
      expect(screen.getByText('The order may have been deleted.')).toBeInTheDocument()
      expect(screen.getByRole('link', { name: 'See all orders' })).toHaveAttribute('href', '/orders')
      expect(screen.queryByRole('link', { name: 'Go to the home page' })).toBeNull()
    })
  })
})
