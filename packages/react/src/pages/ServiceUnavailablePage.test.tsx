import { StatusError } from '@statuskit/core'
import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { en } from '../i18n/en'
import { de } from '../i18n/locales/de'
import { StatusKitProvider } from '../provider/StatusKitProvider'
import { ServiceUnavailablePage } from './ServiceUnavailablePage'

// Wednesday 25 November 2026, 14:00 local time.
const START = new Date(2026, 10, 25, 14, 0, 0).getTime()

function unavailable(retryAfterMs?: number): StatusError {
  return new StatusError({ kind: 'http', status: 503, retryAfterMs, now: START })
}

/** Moves the clock in small steps, each in its own act(), so effects scheduled by a tick run as in a browser. */
function advance(ms: number): void {
  for (let left = ms; left > 0; left -= 1000) {
    act(() => {
      vi.advanceTimersByTime(Math.min(left, 1000))
    })
  }
}

function renderPage(error: StatusError, reset = vi.fn(), locale = 'en-GB') {
  return render(
    <StatusKitProvider locale={locale}>
      <ServiceUnavailablePage error={error} reset={reset} />
    </StatusKitProvider>,
  )
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(START)
})
afterEach(() => {
  vi.useRealTimers()
})

describe('ServiceUnavailablePage', () => {
  describe('given a 503 that is back next Tuesday at 14:30', () => {
    const backAt = new Date(2026, 11, 1, 14, 30).getTime()

    it('should apologise and say when the service is back, by weekday and time', () => {
      const { container } = renderPage(unavailable(backAt - START))
      expect(
        screen.getByRole('heading', { level: 1, name: 'Sorry, the service is unavailable' }),
      ).toHaveFocus()
      expect(container.querySelector('.sk-when')).toHaveTextContent(
        'You can use it again from 14:30 on Tuesday.',
      )
      expect(screen.queryByRole('timer')).toBeNull()
      expect(screen.getByText(en.serviceUnavailable.automatic)).toBeInTheDocument()
      // "Try again" follows the 429 rules: inactive until the time, and it says why.
      expect(screen.getByRole('button', { name: 'Try again' })).toHaveAttribute('aria-disabled', 'true')
      expect(screen.getByRole('button', { name: 'Try again' })).toHaveAccessibleDescription(
        'You can use it again from 14:30 on Tuesday.',
      )
      expect(screen.getByText('Error code 503')).toBeInTheDocument()
    })

    it('should say it in German with the German locale', () => {
      const { container } = render(
        <StatusKitProvider locale="de-DE" messages={de}>
          <ServiceUnavailablePage error={unavailable(backAt - START)} reset={vi.fn()} />
        </StatusKitProvider>,
      )
      expect(
        screen.getByRole('heading', { name: 'Es tut uns leid, der Dienst ist nicht verfügbar' }),
      ).toBeInTheDocument()
      expect(container.querySelector('.sk-when')).toHaveTextContent(
        'Sie können ihn ab Dienstag, 14:30 Uhr wieder nutzen.',
      )
    })

    it('should follow the locale’s clock', () => {
      const { container } = renderPage(unavailable(backAt - START), vi.fn(), 'en-US')
      expect(container.querySelector('.sk-when')).toHaveTextContent(
        'You can use it again from 2:30 PM on Tuesday.',
      )
    })
  })

  describe('given a 503 that is back later today', () => {
    it('should give the time alone', () => {
      const { container } = renderPage(unavailable(90 * 60_000))
      expect(container.querySelector('.sk-when')).toHaveTextContent(/^You can use it again from 15:30\.$/)
    })
  })

  describe('given a 503 that is back in two minutes', () => {
    it('should count down and check again by itself once, a second after that time', () => {
      const reset = vi.fn()
      const { container } = renderPage(unavailable(120_000), reset)
      expect(screen.getByRole('timer')).toHaveTextContent('2 minutes left')
      advance(1000)
      expect(screen.getByRole('timer')).toHaveTextContent('1 minute 59 seconds left')
      advance(119_000)
      expect(reset).not.toHaveBeenCalled()
      expect(screen.getByRole('button', { name: 'Try again' })).not.toHaveAttribute('aria-disabled')
      advance(1000)
      expect(reset).toHaveBeenCalledTimes(1)
      expect(reset).toHaveBeenCalledWith({ automatic: true })
      expect(container.querySelector('[data-status="503"]')).toHaveAttribute('data-state', 'done')
      advance(600_000)
      expect(reset).toHaveBeenCalledTimes(1)
      expect(vi.getTimerCount()).toBe(0)
    })

    it('should not check by itself once the user stopped it', () => {
      const reset = vi.fn()
      renderPage(unavailable(120_000), reset)
      act(() => screen.getByRole('button', { name: en.common.stopAutomatic }).click())
      advance(600_000)
      expect(reset).not.toHaveBeenCalled()
      act(() => screen.getByRole('button', { name: 'Try again' }).click())
      expect(reset).toHaveBeenCalledWith()
    })
  })

  describe('given a 503 without a time', () => {
    it('should say we do not know yet, offer "Try again" and not retry by itself', () => {
      const reset = vi.fn()
      const { container } = renderPage(unavailable(), reset)
      expect(screen.getByText('We do not know yet when it will be back.')).toBeInTheDocument()
      expect(container.querySelector('.sk-when')).toBeNull()
      expect(screen.queryByRole('button', { name: en.common.stopAutomatic })).toBeNull()
      advance(3_600_000)
      expect(reset).not.toHaveBeenCalled()
      expect(vi.getTimerCount()).toBe(0)
      act(() => screen.getByRole('button', { name: 'Try again' }).click())
      expect(reset).toHaveBeenCalledWith()
    })
  })
})
