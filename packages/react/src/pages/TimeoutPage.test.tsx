import { StatusError } from '@statuskit/core'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { TimeoutPage } from './TimeoutPage'

describe('TimeoutPage', () => {
  describe('given a timeout', () => {
    it('should say the connection timed out and offer "Try again"', async () => {
      const reset = vi.fn()
      const { container } = render(<TimeoutPage error={new StatusError({ kind: 'timeout' })} reset={reset} />)
      expect(screen.getByRole('heading', { level: 1, name: 'The connection timed out' })).toHaveFocus()
      expect(container.querySelector('.sk-page')).toHaveAttribute('data-status', 'timeout')
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
      expect(reset).toHaveBeenCalledTimes(1)
    })
  })
})
