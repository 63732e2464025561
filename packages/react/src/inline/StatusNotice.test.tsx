import { parseProblemDetails, StatusError } from '@statuskit/core'
import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { en } from '../i18n/en'
import { de } from '../i18n/locales/de'
import { StatusKitProvider } from '../provider/StatusKitProvider'
import { StatusNotice } from './StatusNotice'

const NOW = new Date(2026, 10, 25, 14, 30, 0).getTime()

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(NOW)
})
afterEach(() => {
  vi.useRealTimers()
})

describe('StatusNotice', () => {
  describe('given no error', () => {
    it('should render nothing', () => {
      const { container } = render(<StatusNotice error={null} />)
      expect(container).toBeEmptyDOMElement()
    })
  })

  describe('given a save that failed on the server', () => {
    it('should say so in one line, announce it at once, and offer a focusable "Try again"', () => {
      const onRetry = vi.fn()
      render(<StatusNotice error={new StatusError({ kind: 'http', status: 500 })} onRetry={onRetry} />)
      const alert = screen.getByRole('alert')
      expect(alert).toHaveTextContent(`${en.serverError.reason} ${en.notice.notSaved}`)
      // The action is outside the announcement, so it is not read twice.
      const retry = screen.getByRole('button', { name: 'Try again' })
      expect(alert).not.toContainElement(retry)
      act(() => retry.click())
      expect(onRetry).toHaveBeenCalledTimes(1)
    })

    it('should never show what the server wrote', () => {
      const problem = parseProblemDetails({ title: 'Deadlock', detail: 'at db-3.internal' })
      const { container } = render(
        <StatusNotice error={new StatusError({ kind: 'http', status: 503, problem })} />,
      )
      expect(container.textContent).not.toMatch(/Deadlock|internal/)
    })
  })

  describe('given a 403 on an action such as "Archive"', () => {
    it('should say so without a retry that cannot help, and let the user dismiss it', () => {
      const onDismiss = vi.fn()
      render(
        <StatusNotice
          error={new StatusError({ kind: 'http', status: 403 })}
          onRetry={vi.fn()}
          onDismiss={onDismiss}
        />,
      )
      expect(screen.getByRole('alert')).toHaveTextContent(en.forbidden.reason)
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
      act(() => screen.getByRole('button', { name: 'Dismiss' }).click())
      expect(onDismiss).toHaveBeenCalledTimes(1)
    })
  })

  describe('given a 429 with a time', () => {
    it('should give the clock time and keep "Try again" focusable but inactive until then', () => {
      const onRetry = vi.fn()
      render(
        <StatusKitProvider locale="en-GB">
          <StatusNotice
            error={new StatusError({ kind: 'http', status: 429, retryAfterMs: 60_000, now: NOW })}
            onRetry={onRetry}
          />
        </StatusKitProvider>,
      )
      expect(screen.getByRole('alert')).toHaveTextContent('You can try again at 14:31.')
      const retry = screen.getByRole('button', { name: 'Try again' })
      expect(retry).toHaveAttribute('aria-disabled', 'true')
      expect(retry).toHaveAccessibleDescription(screen.getByRole('alert').textContent ?? '')
      act(() => retry.click())
      expect(onRetry).not.toHaveBeenCalled()
      act(() => {
        vi.advanceTimersByTime(60_000)
      })
      expect(retry).not.toHaveAttribute('aria-disabled')
      act(() => retry.click())
      expect(onRetry).toHaveBeenCalledTimes(1)
    })
  })

  describe('given a background refresh that failed while the data stays', () => {
    it('should say what is shown and from when, politely', () => {
      render(
        <StatusKitProvider locale="en-GB">
          <StatusNotice
            error={new StatusError({ kind: 'http', status: 502 })}
            context="refetch"
            updatedAt={NOW - 120_000}
            onRetry={vi.fn()}
          />
        </StatusKitProvider>,
      )
      expect(screen.getByRole('status')).toHaveTextContent(
        "We couldn't refresh this. Showing what we had at 14:28.",
      )
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    })
  })

  describe("given the provider's language", () => {
    it('should speak it', () => {
      render(
        <StatusKitProvider locale="de-DE" messages={de}>
          <StatusNotice error={new StatusError({ kind: 'http', status: 500 })} onRetry={vi.fn()} />
        </StatusKitProvider>,
      )
      expect(screen.getByRole('alert')).toHaveTextContent(de.notice.notSaved)
      expect(screen.getByRole('button', { name: de.common.tryAgain })).toBeInTheDocument()
    })
  })
})
