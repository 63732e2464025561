import { StatusError, toStatusError } from '@statuskit/core'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { GenericErrorPage } from './GenericErrorPage'

describe('GenericErrorPage', () => {
  describe('given an unknown error', () => {
    it('should say something went wrong and offer "Try again"', async () => {
      const reset = vi.fn()
      const { container } = render(
        <GenericErrorPage error={new StatusError({ kind: 'unknown' })} reset={reset} />,
      )
      expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toHaveFocus()
      expect(container.querySelector('.sk-page')).toHaveAttribute('data-status', 'unknown')
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
      expect(reset).toHaveBeenCalledTimes(1)
    })

    it('should never show the error’s message, its cause or its stack', () => {
      const thrown = new Error(
        'Cannot read properties of undefined (reading "token") at https://api.example.com/x',
      )
      const error = toStatusError(thrown)
      const { container } = render(<GenericErrorPage error={error} reset={vi.fn()} />)
      const text = container.textContent ?? ''
      expect(text).not.toContain('Cannot read')
      expect(text).not.toContain('api.example.com')
      expect(text).not.toContain(error.message)
      expect(text).not.toContain('at ')
    })
  })
})
