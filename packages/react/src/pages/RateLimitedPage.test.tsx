import { StatusError } from '@statuskit/core'
import { act, render, screen } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { StatusBoundary } from '../boundary/StatusBoundary'
import { StatusKitProvider } from '../provider/StatusKitProvider'
import { RateLimitedPage } from './RateLimitedPage'

const START = new Date(2026, 10, 25, 14, 31, 20).getTime()

function tooMany(retryAfterMs?: number): StatusError {
  return new StatusError({ kind: 'http', status: 429, retryAfterMs, now: START })
}

function advance(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms)
  })
}

// Testing Library's async helpers wait on a real timer, which fake timers never fire: click inside act.
function click(element: HTMLElement): void {
  act(() => element.click())
}

function renderPage(error: StatusError, reset = vi.fn()) {
  return render(
    <StrictMode>
      <StatusKitProvider locale="en-GB">
        <RateLimitedPage error={error} reset={reset} />
      </StatusKitProvider>
    </StrictMode>,
  )
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(START)
})
afterEach(() => {
  vi.useRealTimers()
})

describe('RateLimitedPage', () => {
  describe('given a 429 with Retry-After: 40', () => {
    it('should show the clock time first, with a countdown beside it', () => {
      const { container } = renderPage(tooMany(40_000))
      expect(screen.getByRole('heading', { level: 1, name: 'Too many requests' })).toHaveFocus()
      // 14:31:20 + 40 s = 14:32:00
      expect(container.querySelector('.sk-when')?.textContent).toBe(
        'You can try again at 14:32. 40 seconds left',
      )
      expect(screen.getByRole('timer')).toHaveTextContent('40 seconds left')
      expect(container.querySelector('[data-status="429"]')).toHaveAttribute('data-state', 'counting')
    })

    it('should count down one second per second inside StrictMode', () => {
      renderPage(tooMany(40_000))
      advance(1000)
      expect(screen.getByRole('timer')).toHaveTextContent('39 seconds left')
      advance(1000)
      expect(screen.getByRole('timer')).toHaveTextContent('38 seconds left')
    })

    it('should disable "Try again" while counting and enable it at zero', () => {
      renderPage(tooMany(40_000))
      expect(screen.getByRole('button', { name: 'Try again' })).toBeDisabled()
      advance(39_000)
      expect(screen.getByRole('button', { name: 'Try again' })).toBeDisabled()
      advance(1000)
      expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled()
    })

    it('should try again by itself exactly once at zero, as an automatic reset', () => {
      const reset = vi.fn()
      renderPage(tooMany(40_000), reset)
      advance(39_999)
      expect(reset).not.toHaveBeenCalled()
      advance(1)
      expect(reset).toHaveBeenCalledTimes(1)
      expect(reset).toHaveBeenCalledWith({ automatic: true })
      advance(120_000)
      expect(reset).toHaveBeenCalledTimes(1)
      expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull()
    })

    it('should not try again by itself while paused, and continue when resumed', () => {
      const reset = vi.fn()
      renderPage(tooMany(40_000), reset)
      advance(10_000)
      click(screen.getByRole('button', { name: 'Pause' }))
      expect(screen.getByText(/^Paused\./)).toBeInTheDocument()
      advance(120_000)
      expect(reset).not.toHaveBeenCalled()
      expect(screen.getByRole('timer')).toHaveTextContent('30 seconds left')
      click(screen.getByRole('button', { name: 'Resume' }))
      advance(30_000)
      expect(reset).toHaveBeenCalledTimes(1)
    })

    it('should let the user try again while paused', () => {
      const reset = vi.fn()
      renderPage(tooMany(40_000), reset)
      click(screen.getByRole('button', { name: 'Pause' }))
      click(screen.getByRole('button', { name: 'Try again' }))
      expect(reset).toHaveBeenCalledWith()
    })

    it('should leave no timer behind when it unmounts', () => {
      const reset = vi.fn()
      const { unmount } = renderPage(tooMany(40_000), reset)
      advance(5000)
      unmount()
      expect(vi.getTimerCount()).toBe(0)
      advance(60_000)
      expect(reset).not.toHaveBeenCalled()
    })

    it('should speak at the start, ten seconds before the end and when it tries again, never every second', () => {
      renderPage(tooMany(40_000))
      const status = screen.getByRole('status')
      expect(status).toHaveTextContent('You can try again in 40 seconds.')
      // The clock time is written once, on screen; the announcement gives the wait instead.
      expect(screen.getAllByText(/14:32/)).toHaveLength(1)
      const spoken = [status.textContent]
      for (let second = 0; second < 40; second += 1) {
        advance(1000)
        if (status.textContent !== spoken.at(-1)) spoken.push(status.textContent)
      }
      expect(spoken).toEqual([
        'You can try again in 40 seconds.',
        'You can try again in 10 seconds.',
        'Trying again now.',
      ])
    })
  })

  describe('given a wait of a few seconds', () => {
    it('should not remind at ten seconds left', () => {
      renderPage(tooMany(15_000))
      advance(6000)
      expect(screen.getByRole('status')).toHaveTextContent('You can try again in 15 seconds.')
    })
  })

  describe('given a 60-second timer stall', () => {
    it('should show the time left by the clock, not by the ticks', () => {
      renderPage(tooMany(100_000))
      vi.setSystemTime(START + 60_000)
      advance(1000)
      expect(screen.getByRole('timer')).toHaveTextContent('39 seconds left')
    })
  })

  describe('given a wait beyond five minutes', () => {
    it('should show only the time to come back, with no ticking counter', () => {
      const { container } = renderPage(tooMany(20 * 60_000))
      expect(screen.queryByRole('timer')).toBeNull()
      expect(container.querySelector('.sk-when')?.textContent).toBe('You can try again at 14:52.')
    })

    it('should show the counter once the time left is within five minutes', () => {
      renderPage(tooMany(6 * 60_000))
      advance(60_000)
      expect(screen.getByRole('timer')).toHaveTextContent('5 minutes left')
      advance(1000)
      expect(screen.getByRole('timer')).toHaveTextContent('4 minutes 59 seconds left')
    })
  })

  describe('given a 429 without Retry-After', () => {
    it('should wait the retry policy’s delay, fixed once, then try again once', () => {
      const reset = vi.fn()
      const error = tooMany()
      const { rerender } = renderPage(error, reset)
      expect(screen.getByRole('button', { name: 'Try again' })).toBeDisabled()
      rerender(
        <StrictMode>
          <StatusKitProvider locale="en-GB">
            <RateLimitedPage error={error} reset={reset} />
          </StatusKitProvider>
        </StrictMode>,
      )
      // The policy's first delay is at most two seconds.
      advance(2000)
      expect(reset).toHaveBeenCalledTimes(1)
      expect(reset).toHaveBeenCalledWith({ automatic: true })
    })
  })

  describe('given the German locale', () => {
    it('should speak German', async () => {
      const { de } = await import('../i18n/locales/de')
      const { container } = render(
        <StatusKitProvider locale="de-DE" messages={de}>
          <RateLimitedPage error={tooMany(40_000)} reset={vi.fn()} />
        </StatusKitProvider>,
      )
      expect(screen.getByRole('heading', { name: 'Zu viele Anfragen' })).toBeInTheDocument()
      expect(container.querySelector('.sk-when')).toHaveTextContent(
        'Sie können es ab 14:32 Uhr noch einmal versuchen.',
      )
      expect(screen.getByRole('timer')).toHaveTextContent('noch 40 Sekunden')
      expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeDisabled()
      expect(screen.getByRole('button', { name: 'Anhalten' })).toBeInTheDocument()
    })
  })
})

let limited = true
function Orders() {
  if (limited) throw new StatusError({ kind: 'http', status: 429, retryAfterMs: 3000, now: START })
  return <p>Your orders</p>
}

describe('RateLimitedPage inside a StatusBoundary', () => {
  describe('given a child that is rate limited once, then succeeds', () => {
    it('should count down, then show the child again by itself without a click', () => {
      limited = true
      vi.spyOn(console, 'error').mockImplementation(() => {})
      render(
        <StatusBoundary>
          <Orders />
        </StatusBoundary>,
      )
      expect(screen.getByRole('heading', { name: 'Too many requests' })).toBeInTheDocument()
      expect(screen.getByRole('timer')).toHaveTextContent('3 seconds left')
      limited = false
      advance(2000)
      expect(screen.getByRole('timer')).toHaveTextContent('1 second left')
      advance(1000)
      expect(screen.getByText('Your orders')).toBeInTheDocument()
      expect(screen.queryByRole('heading', { name: 'Too many requests' })).toBeNull()
      expect(vi.getTimerCount()).toBe(0)
    })
  })
})
