import { StatusError } from '@statuskit/core'
import { act, render, screen } from '@testing-library/react'
import { ErrorBoundary } from 'next/dist/client/components/error-boundary.js'
import {
  AppRouterContext,
  type AppRouterInstance,
} from 'next/dist/shared/lib/app-router-context.shared-runtime.js'
import type { ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { de } from '../i18n/locales/de'
import { StatusKitProvider } from '../provider/StatusKitProvider'
import { StatusErrorPage } from './StatusErrorPage'
import { throwStatus } from './throwStatus'

// Wednesday 25 November 2026, 14:00 local time.
const START = new Date(2026, 10, 25, 14, 0, 0).getTime()
// React reports every error a boundary catches through the root's onCaughtError (console.error by default).
const quiet = { onCaughtError: () => {} }

/** The error a Server Component's failure becomes in the browser in production: message hidden, digest kept. */
function fromServer(digest: string): Error & { digest: string } {
  return Object.assign(
    new Error(
      'An error occurred in the Server Components render. The specific message is omitted in production builds to avoid leaking sensitive details.',
    ),
    { digest },
  )
}

/** The digest `throwStatus` gives a status on the server. */
function digestOf(source: unknown): string {
  try {
    throwStatus(source)
  } catch (error) {
    return (error as { digest: string }).digest
  }
  throw new Error('throwStatus returned')
}

/** The route's server data: the digest the segment throws now, and what a refresh makes of it. */
interface Server {
  digest: string | undefined
  afterRefresh: string | undefined | (() => string | undefined)
}

function Segment({ server }: { server: Server }): ReactNode {
  if (server.digest) throw fromServer(server.digest)
  return <p>Order 7</p>
}

/** The app router instance `useRouter()` returns; `refresh()` fetches the route's server data again. */
function routerFor(server: Server) {
  const refresh = vi.fn(() => {
    const { afterRefresh } = server
    server.digest = typeof afterRefresh === 'function' ? afterRefresh() : afterRefresh
  })
  const router: AppRouterInstance = {
    refresh,
    back: vi.fn(),
    forward: vi.fn(),
    push: vi.fn(),
    replace: vi.fn(),
    prefetch: vi.fn(),
    bfcacheId: 'b_r_0_',
  }
  return { router, refresh }
}

/** A route segment with `error.tsx` = StatusErrorPage, under Next's own error boundary (which passes `retry`). */
function renderSegment(server: Server, providerProps: { onError?: (error: StatusError) => void } = {}) {
  const { router, refresh } = routerFor(server)
  render(
    <StatusKitProvider locale="en-GB" {...providerProps}>
      <AppRouterContext.Provider value={router}>
        <ErrorBoundary errorComponent={StatusErrorPage}>
          <Segment server={server} />
        </ErrorBoundary>
      </AppRouterContext.Provider>
    </StatusKitProvider>,
    quiet,
  )
  return refresh
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

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(START)
})
afterEach(() => {
  vi.useRealTimers()
})

describe('StatusErrorPage', () => {
  describe('given a 503 a Server Component sent with throwStatus, back at 16:30', () => {
    const backAt = new Date(2026, 10, 25, 16, 30).getTime()
    const maintenance = new StatusError({
      kind: 'http',
      status: 503,
      retryAfterMs: backAt - START,
      requestId: 'trace-42',
      now: START,
    })

    it("should show the maintenance page with the server's time and its reference", () => {
      renderSegment({ digest: digestOf(maintenance), afterRefresh: undefined })
      expect(
        screen.getByRole('heading', { level: 1, name: 'Sorry, the service is unavailable' }),
      ).toBeInTheDocument()
      expect(screen.getByText('You can use it again from 16:30.')).toBeInTheDocument()
      expect(screen.getByText('Error code 503 · Reference trace-42')).toBeInTheDocument()
    })

    it('should count down to the same time when the page renders later than the server threw', () => {
      const digest = digestOf(
        new StatusError({ kind: 'http', status: 503, retryAfterMs: 120_000, now: START }),
      )
      vi.setSystemTime(START + 30_000)
      renderSegment({ digest, afterRefresh: undefined })
      expect(screen.getByRole('timer')).toHaveTextContent('1 minute 30 seconds left')
    })
  })

  describe('given a 429 sent with throwStatus, Retry-After 30 seconds', () => {
    it('should count down, keep "Try again" off, then refresh the server data by itself and show the route', () => {
      const refresh = renderSegment({
        digest: digestOf(new StatusError({ kind: 'http', status: 429, retryAfterMs: 30_000, now: START })),
        afterRefresh: undefined,
      })
      expect(screen.getByRole('heading', { level: 1, name: 'Too many requests' })).toBeInTheDocument()
      expect(screen.getByRole('timer')).toHaveTextContent('30 seconds left')
      expect(screen.getByRole('button', { name: 'Try again' })).toHaveAttribute('aria-disabled', 'true')
      // A moment after the server's time, not before.
      advance(30_000)
      expect(refresh).not.toHaveBeenCalled()
      advance(1000)
      expect(refresh).toHaveBeenCalledTimes(1)
      expect(screen.getByText('Order 7')).toBeInTheDocument()
    })
  })

  describe('given a server error Next hid, with its digest', () => {
    it("should show the kit's words, never the message, and the digest as the reference", () => {
      renderSegment({ digest: '2845913453', afterRefresh: '2845913453' })
      expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument()
      expect(screen.getByText('Reference 2845913453')).toBeInTheDocument()
      expect(document.body).not.toHaveTextContent(/Server Components render|omitted/)
    })

    it('should refresh the server data and reset once on "Try again", and show the route when it works', () => {
      const server: Server = { digest: '2845913453', afterRefresh: '2845913453' }
      const refresh = renderSegment(server)
      click(screen.getByRole('button', { name: 'Try again' }))
      expect(refresh).toHaveBeenCalledTimes(1)
      expect(screen.getByText('Reference 2845913453')).toBeInTheDocument()
      server.afterRefresh = undefined
      click(screen.getByRole('button', { name: 'Try again' }))
      expect(refresh).toHaveBeenCalledTimes(2)
      expect(screen.getByText('Order 7')).toBeInTheDocument()
    })

    it("should report it once to the provider's onError, with the digest as the reference", () => {
      const onError = vi.fn()
      renderSegment({ digest: '2845913453', afterRefresh: undefined }, { onError })
      expect(onError).toHaveBeenCalledTimes(1)
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'unknown', requestId: '2845913453' })
    })
  })

  describe('given a server that answers every request with 429 and Retry-After: 1', () => {
    it('should refresh by itself three times at most, then wait for the user, whose "Try again" always works', () => {
      const tooMany = () =>
        digestOf(new StatusError({ kind: 'http', status: 429, retryAfterMs: 1000, now: Date.now() }))
      const refresh = renderSegment({ digest: tooMany(), afterRefresh: tooMany })
      // Second by second, so React renders each new page (and starts its countdown) in between.
      for (let second = 0; second < 70; second += 1) advance(1000)
      expect(refresh).toHaveBeenCalledTimes(3)
      expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled()
      click(screen.getByRole('button', { name: 'Try again' }))
      expect(refresh).toHaveBeenCalledTimes(4)
    })
  })

  describe('given a StatusError thrown by a client component', () => {
    it('should show the page of its status', () => {
      const { router } = routerFor({ digest: undefined, afterRefresh: undefined })
      render(
        <AppRouterContext.Provider value={router}>
          <StatusErrorPage error={new StatusError({ kind: 'http', status: 404 })} reset={vi.fn()} />
        </AppRouterContext.Provider>,
      )
      expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
    })
  })

  describe('given a Next.js without `retry` (before 16.3), which passes only `reset`', () => {
    it('should refresh the server data, then reset', () => {
      const server: Server = { digest: '2845913453', afterRefresh: undefined }
      const { router, refresh } = routerFor(server)
      const calls: string[] = []
      refresh.mockImplementation(() => {
        calls.push('refresh')
      })
      const reset = vi.fn(() => {
        calls.push('reset')
      })
      render(
        <AppRouterContext.Provider value={router}>
          <StatusErrorPage error={fromServer('2845913453')} reset={reset} />
        </AppRouterContext.Provider>,
      )
      click(screen.getByRole('button', { name: 'Try again' }))
      expect(calls).toEqual(['refresh', 'reset'])
    })
  })

  describe('given `global`, in global-error.tsx', () => {
    it('should render the document, with the language of the provider, on the server too', () => {
      const { router } = routerFor({ digest: undefined, afterRefresh: undefined })
      const html = renderToString(
        <StatusKitProvider locale="de-DE" messages={de}>
          <AppRouterContext.Provider value={router}>
            <StatusErrorPage global error={fromServer(digestOf(500))} reset={() => {}} />
          </AppRouterContext.Provider>
        </StatusKitProvider>,
      )
      expect(html).toMatch(
        /^<html lang="de-DE"><head><\/head><body><section class="sk-page" data-status="500"/,
      )
      expect(html).toContain(de.serverError.title)
    })

    it('should say the document is in English without a provider', () => {
      const { router } = routerFor({ digest: undefined, afterRefresh: undefined })
      const html = renderToString(
        <AppRouterContext.Provider value={router}>
          <StatusErrorPage global error={new Error('boom')} reset={() => {}} />
        </AppRouterContext.Provider>,
      )
      expect(html).toMatch(/^<html lang="en"><head><\/head><body><section/)
    })
  })
})
