import { StatusError } from '@statuskit/core'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { StatusBoundary } from '../index'
import { OfflinePage } from './OfflinePage'

const network = () => new StatusError({ kind: 'network' })

function setOnline(online: boolean): void {
  vi.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(online)
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('OfflinePage', () => {
  describe('given a network error while the browser is online', () => {
    it('should say the user is not connected, what to check, and offer "Try again"', async () => {
      const reset = vi.fn()
      const { container } = render(<OfflinePage error={network()} reset={reset} />)
      expect(screen.getByRole('heading', { level: 1, name: "You're not connected" })).toHaveFocus()
      expect(screen.getByText(/Check that your device is connected to the internet/)).toBeInTheDocument()
      expect(container.querySelector('[data-status="network"]')).toHaveAttribute('data-state', 'online')
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
      expect(reset).toHaveBeenCalledWith()
      expect(container.querySelector('.sk-reference')).toBeNull()
    })
  })

  describe('given a network error while the browser is offline', () => {
    it('should offer no retry that cannot work, and try again by itself when the connection returns', () => {
      setOnline(false)
      const reset = vi.fn()
      const { container } = render(<OfflinePage error={network()} reset={reset} />)
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
      expect(screen.getByText(/as soon as you are back online/)).toBeInTheDocument()
      expect(container.querySelector('[data-status="network"]')).toHaveAttribute('data-state', 'offline')
      act(() => {
        window.dispatchEvent(new Event('online'))
      })
      expect(reset).toHaveBeenCalledTimes(1)
      expect(reset).toHaveBeenCalledWith({ automatic: true })
    })

    it('should stop listening once unmounted', () => {
      setOnline(false)
      const reset = vi.fn()
      const { unmount } = render(<OfflinePage error={network()} reset={reset} />)
      unmount()
      window.dispatchEvent(new Event('online'))
      expect(reset).not.toHaveBeenCalled()
    })
  })

  describe('given the connection drops while the page is shown', () => {
    it('should take the retry away', () => {
      render(<OfflinePage error={network()} reset={vi.fn()} />)
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
      act(() => {
        window.dispatchEvent(new Event('offline'))
      })
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
    })
  })
})

let unreachable = true
function Feed() {
  if (unreachable) throw new TypeError('Failed to fetch')
  return <p>Your feed</p>
}

describe('OfflinePage inside a StatusBoundary', () => {
  describe('given a child that failed while the browser was offline', () => {
    it('should show the offline page without a retry, then the child once the browser is back online', () => {
      unreachable = true
      setOnline(false)
      render(
        <StatusBoundary>
          <Feed />
        </StatusBoundary>,
        { onCaughtError: () => {} },
      )
      expect(screen.getByRole('heading', { level: 1, name: "You're not connected" })).toBeInTheDocument()
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
      unreachable = false
      setOnline(true)
      act(() => {
        window.dispatchEvent(new Event('online'))
      })
      expect(screen.getByText('Your feed')).toBeInTheDocument()
    })
  })
})
