import { StatusError } from '@statuskit/core'
import { act, render, screen } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { StatusBoundary } from '../boundary/StatusBoundary'
import { en } from '../i18n/en'
import { StatusKitProvider } from '../provider/StatusKitProvider'
import { RateLimitedPage } from './RateLimitedPage'

const START = new Date(2026, 10, 25, 14, 31, 20).getTime()

function tooMany(retryAfterMs?: number): StatusError {
  return new StatusError({ kind: 'http', status: 429, retryAfterMs, now: START })
}

/** Moves the clock in small steps, each in its own act(), so effects scheduled by a tick run as in a browser. */
function advance(ms: number): void {
  for (let left = ms; left > 0; left -= 250) {
    act(() => {
      vi.advanceTimersByTime(Math.min(left, 250))
    })
  }
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

const tryAgain = () => screen.getByRole('button', { name: 'Try again' })
/** The polite region that speaks rarely (the status line under the actions is the other one). */
const announcer = (container: HTMLElement) => container.querySelector('.sk-announcer') as HTMLElement

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(START)
})
afterEach(() => {
  vi.useRealTimers()
})

describe('RateLimitedPage', () => {
  describe('given a 429 with Retry-After: 40', () => {
    it('should show the clock time first, with a countdown beside it, and say it will try again then', () => {
      const { container } = renderPage(tooMany(40_000))
      expect(screen.getByRole('heading', { level: 1, name: 'Too many requests' })).toHaveFocus()
      // 14:31:20 + 40 s = 14:32:00
      expect(container.querySelector('.sk-when')?.textContent).toBe(
        'You can try again at 14:32. 40 seconds left',
      )
      expect(screen.getByRole('timer')).toHaveTextContent('40 seconds left')
      expect(screen.getByText(en.rateLimited.automatic)).toBeInTheDocument()
      expect(container.querySelector('[data-status="429"]')).toHaveAttribute('data-state', 'counting')
    })

    it('should count down one second per second inside StrictMode', () => {
      renderPage(tooMany(40_000))
      advance(1000)
      expect(screen.getByRole('timer')).toHaveTextContent('39 seconds left')
      advance(1000)
      expect(screen.getByRole('timer')).toHaveTextContent('38 seconds left')
    })

    it('should keep "Try again" focusable but inactive until the time, saying why, then make it work', () => {
      const reset = vi.fn()
      const { container } = renderPage(tooMany(40_000), reset)
      expect(tryAgain()).toHaveAttribute('aria-disabled', 'true')
      expect(tryAgain()).toHaveAccessibleDescription(container.querySelector('.sk-when')?.textContent ?? '')
      click(tryAgain())
      expect(reset).not.toHaveBeenCalled()
      advance(39_000)
      expect(tryAgain()).toHaveAttribute('aria-disabled', 'true')
      advance(1000)
      expect(tryAgain()).not.toHaveAttribute('aria-disabled')
    })

    it('should try again by itself exactly once, a second after the time, as an automatic reset', () => {
      const reset = vi.fn()
      renderPage(tooMany(40_000), reset)
      advance(40_999)
      expect(reset).not.toHaveBeenCalled()
      advance(1)
      expect(reset).toHaveBeenCalledTimes(1)
      expect(reset).toHaveBeenCalledWith({ automatic: true })
      advance(120_000)
      expect(reset).toHaveBeenCalledTimes(1)
      expect(screen.queryByRole('button', { name: en.common.stopAutomatic })).toBeNull()
    })

    it('should not try by itself once the user stops it, while the clock keeps running and "Try again" stays inactive', () => {
      const reset = vi.fn()
      const { container } = renderPage(tooMany(40_000), reset)
      advance(10_000)
      click(screen.getByRole('button', { name: "Don't try again automatically" }))
      expect(container.querySelector('.sk-status')).toHaveTextContent(en.common.automaticStopped)
      expect(screen.queryByText(en.rateLimited.automatic)).toBeNull()
      // The real clock: 20 s later the counter says 10 s, and stopping did not unlock "Try again" early.
      advance(20_000)
      expect(screen.getByRole('timer')).toHaveTextContent('10 seconds left')
      expect(tryAgain()).toHaveAttribute('aria-disabled', 'true')
      advance(60_000)
      expect(reset).not.toHaveBeenCalled()
      expect(announcer(container)).toHaveTextContent(en.common.canRetry)
      click(tryAgain())
      expect(reset).toHaveBeenCalledWith()
    })

    it('should try by itself again when the user turns it back on before the time', () => {
      const reset = vi.fn()
      renderPage(tooMany(40_000), reset)
      click(screen.getByRole('button', { name: "Don't try again automatically" }))
      advance(5000)
      click(screen.getByRole('button', { name: 'Try again automatically' }))
      advance(36_000)
      expect(reset).toHaveBeenCalledTimes(1)
      expect(reset).toHaveBeenCalledWith({ automatic: true })
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
      const { container } = renderPage(tooMany(40_000))
      const spokenBy = announcer(container)
      expect(spokenBy).toHaveAttribute('role', 'status')
      expect(spokenBy).toHaveTextContent('You can try again in 40 seconds.')
      // The clock time is written once, on screen; the announcement gives the wait instead.
      expect(screen.getAllByText(/14:32/)).toHaveLength(1)
      const spoken = [spokenBy.textContent]
      for (let second = 0; second < 40; second += 1) {
        advance(1000)
        if (spokenBy.textContent !== spoken.at(-1)) spoken.push(spokenBy.textContent)
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
      const { container } = renderPage(tooMany(15_000))
      advance(6000)
      expect(announcer(container)).toHaveTextContent('You can try again in 15 seconds.')
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
    it('should invent no countdown, keep "Try again" available, and try by itself after at least five seconds', () => {
      vi.spyOn(Math, 'random').mockReturnValue(0)
      const reset = vi.fn()
      const { container } = renderPage(tooMany(), reset)
      expect(screen.queryByRole('timer')).toBeNull()
      expect(container.querySelector('.sk-when')).toBeNull()
      expect(container.textContent).toContain(en.rateLimited.wait)
      expect(container.querySelector('.sk-note')).toHaveTextContent(en.rateLimited.automaticSoon)
      expect(tryAgain()).not.toHaveAttribute('aria-disabled')
      advance(4999)
      expect(reset).not.toHaveBeenCalled()
      advance(5001)
      expect(reset).toHaveBeenCalledTimes(1)
      expect(reset).toHaveBeenCalledWith({ automatic: true })
    })

    it('should keep its wait when it renders again', () => {
      vi.spyOn(Math, 'random').mockReturnValue(0)
      const reset = vi.fn()
      const error = tooMany()
      const { rerender } = renderPage(error, reset)
      advance(4000)
      rerender(
        <StrictMode>
          <StatusKitProvider locale="en-GB">
            <RateLimitedPage error={error} reset={reset} />
          </StatusKitProvider>
        </StrictMode>,
      )
      advance(6000)
      expect(reset).toHaveBeenCalledTimes(1)
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
      expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toHaveAttribute(
        'aria-disabled',
        'true',
      )
      expect(screen.getByRole('button', { name: de.common.stopAutomatic })).toBeInTheDocument()
    })
  })
})

let limited = true
function Orders() {
  if (limited) throw new StatusError({ kind: 'http', status: 429, retryAfterMs: 3000, now: Date.now() })
  return <p>Your orders</p>
}

describe('RateLimitedPage inside a StatusBoundary', () => {
  describe('given a child that is rate limited once, then succeeds', () => {
    it('should count down, then show the child again by itself without a click', () => {
      limited = true
      render(
        <StatusBoundary>
          <Orders />
        </StatusBoundary>,
        { onCaughtError: () => {} },
      )
      expect(screen.getByRole('heading', { name: 'Too many requests' })).toBeInTheDocument()
      expect(screen.getByRole('timer')).toHaveTextContent('3 seconds left')
      limited = false
      advance(2000)
      expect(screen.getByRole('timer')).toHaveTextContent('1 second left')
      advance(2000)
      expect(screen.getByText('Your orders')).toBeInTheDocument()
      expect(screen.queryByRole('heading', { name: 'Too many requests' })).toBeNull()
    })
  })

  describe('given a child that stays rate limited', () => {
    it('should try by itself three times, then say it stopped and never claim to retry', () => {
      limited = true
      const { container } = render(
        <StatusBoundary>
          <Orders />
        </StatusBoundary>,
        { onCaughtError: () => {} },
      )
      for (let attempt = 0; attempt < 3; attempt += 1) advance(4000)
      expect(container.querySelector('.sk-status')).toHaveTextContent(en.common.automaticGaveUp)
      expect(screen.queryByText(en.rateLimited.automatic)).toBeNull()
      expect(screen.queryByRole('button', { name: en.common.stopAutomatic })).toBeNull()
      advance(4000)
      expect(announcer(container)).toHaveTextContent(en.common.canRetry)
      expect(announcer(container)).not.toHaveTextContent(en.common.retrying)
      expect(screen.getByRole('heading', { name: 'Too many requests' })).toBeInTheDocument()
    })
  })
})
