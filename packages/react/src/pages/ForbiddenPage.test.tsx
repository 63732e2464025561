import { parseProblemDetails, StatusError } from '@statuskit/core'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ForbiddenPage } from './ForbiddenPage'

describe('ForbiddenPage', () => {
  describe('given a 403', () => {
    it('should say the user has no access, how to ask for it, and offer a way back but no retry', () => {
      const { container } = render(
        <ForbiddenPage error={new StatusError({ kind: 'http', status: 403 })} reset={vi.fn()} />,
      )
      expect(screen.getByRole('heading', { level: 1, name: "You don't have access to this" })).toHaveFocus()
      expect(screen.getByText(/ask the person who manages your account/)).toBeInTheDocument()
      expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/')
      expect(screen.getByRole('button', { name: 'Go back' })).toBeInTheDocument()
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
      expect(container.querySelector('[data-status="403"]')).not.toBeNull()
    })

    it('should go back in the browser history when asked', async () => {
      const back = vi.spyOn(window.history, 'back').mockImplementation(() => {})
      render(<ForbiddenPage error={new StatusError({ kind: 'http', status: 403 })} reset={vi.fn()} />)
      await userEvent.click(screen.getByRole('button', { name: 'Go back' }))
      expect(back).toHaveBeenCalledTimes(1)
    })

    it("should show the server's explanation as text", () => {
      const problem = parseProblemDetails({ detail: 'Only admins can see invoices.' })
      render(
        <ForbiddenPage error={new StatusError({ kind: 'http', status: 403, problem })} reset={vi.fn()} />,
      )
      expect(screen.getByText('Only admins can see invoices.')).toBeInTheDocument()
    })
  })
})
