import { StatusError } from '@statuskit/core'
import { onlineManager } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { en } from '../i18n/en'
import { StatusBoundary } from '../index'
import { OfflinePage } from './OfflinePage'

const network = () => new StatusError({ kind: 'network' })

/**
 * The connection as TanStack Query's onlineManager sees it. It hears the window's events only while something
 * subscribes (a QueryClient, a mounted page), so going offline sets it directly; coming back is the browser's event.
 */
function goOnline(online: boolean): void {
  act(() => {
    if (online) window.dispatchEvent(new Event('online'))
    else onlineManager.setOnline(false)
  })
}

afterEach(() => {
  act(() => onlineManager.setOnline(true))
})

describe('OfflinePage', () => {
  describe('given a network error while the browser is online', () => {
    it('should not guess: say the service cannot be reached right now, and offer "Try again"', async () => {
      const reset = vi.fn()
      const { container } = render(<OfflinePage error={network()} reset={reset} />)
      expect(screen.getByRole('heading', { level: 1, name: en.unreachable.title })).toHaveFocus()
      expect(container.textContent).not.toContain("You're not connected")
      expect(container.querySelector('[data-status="network"]')).toHaveAttribute('data-state', 'online')
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
      expect(reset).toHaveBeenCalledWith()
      expect(container.querySelector('.sk-reference')).toBeNull()
    })
  })

  describe('given a network error while the browser is offline', () => {
    it('should say so, offer no retry that cannot work, and try again by itself when the connection returns', () => {
      goOnline(false)
      const reset = vi.fn()
      const { container } = render(<OfflinePage error={network()} reset={reset} />)
      expect(screen.getByRole('heading', { level: 1, name: "You're not connected" })).toBeInTheDocument()
      expect(screen.getByText(/Check that your device is connected to the internet/)).toBeInTheDocument()
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
      expect(screen.getByText(/as soon as you are back online/)).toBeInTheDocument()
      expect(container.querySelector('[data-status="network"]')).toHaveAttribute('data-state', 'offline')
      goOnline(true)
      expect(reset).toHaveBeenCalledTimes(1)
      expect(reset).toHaveBeenCalledWith({ automatic: true })
    })

    it('should stop listening once unmounted', () => {
      goOnline(false)
      const reset = vi.fn()
      const { unmount } = render(<OfflinePage error={network()} reset={reset} />)
      unmount()
      goOnline(true)
      expect(reset).not.toHaveBeenCalled()
    })
  })

  describe('given the connection drops while the page is shown', () => {
    it('should take the retry away and say what to check', () => {
      render(<OfflinePage error={network()} reset={vi.fn()} />)
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
      act(() => {
        window.dispatchEvent(new Event('offline'))
      })
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
      expect(screen.getByRole('heading', { name: "You're not connected" })).toBeInTheDocument()
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
      goOnline(false)
      render(
        <StatusBoundary>
          <Feed />
        </StatusBoundary>,
        { onCaughtError: () => {} },
      )
      expect(screen.getByRole('heading', { level: 1, name: "You're not connected" })).toBeInTheDocument()
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
      unreachable = false
      goOnline(true)
      expect(screen.getByText('Your feed')).toBeInTheDocument()
    })
  })
})
