import { createStatusResponse, fromResponse, StatusError } from '@statuskit/core'
import { onlineManager, QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { http } from 'msw'
import { setupServer } from 'msw/node'
import { type ReactNode, StrictMode } from 'react'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { StatusBoundary } from '../boundary/StatusBoundary'
import { statusQueryDefaults } from './statusQueryDefaults'

const API = 'https://api.test'
/** A whole second, so that HTTP-dates (whole seconds) line up with the fake clock. */
const T0 = Date.UTC(2026, 10, 25, 14, 0, 0)

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

/** Milliseconds after T0 at which each request reached the server. */
let requests: number[] = []
beforeEach(() => {
  requests = []
  vi.useFakeTimers({
    now: T0,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  })
})
afterEach(() => {
  vi.useRealTimers()
})

/** Answers GET /orders with each responder in turn, the last one for every later request. */
function answer(...responders: Array<() => Response>) {
  server.use(
    http.get(`${API}/orders`, () => {
      requests.push(Date.now() - T0)
      const responder = responders[Math.min(requests.length, responders.length) - 1]
      if (!responder) throw new Error('no responder')
      return responder()
    }),
  )
}
const ok = () => Response.json({ title: 'Order 42' })

async function getOrders(): Promise<{ title: string }> {
  const response = await fetch(`${API}/orders`)
  if (!response.ok) throw await fromResponse(response)
  return response.json()
}

function Orders() {
  const { data, status, fetchStatus } = useQuery({ queryKey: ['orders'], queryFn: getOrders })
  return <p>{data ? data.title : `${status} ${fetchStatus}`}</p>
}

function Save() {
  const mutation = useMutation({
    mutationFn: async () => {
      const response = await fetch(`${API}/orders`, { method: 'POST' })
      if (!response.ok) throw await fromResponse(response)
    },
  })
  return (
    <>
      <button type="button" onClick={() => mutation.mutate()}>
        Save
      </button>
      <p>{mutation.error ? `failed ${(mutation.error as StatusError).status}` : mutation.status}</p>
    </>
  )
}

/** Lets fake time pass, and real I/O (fetch answered by MSW, body reads) settle between timers. */
async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms)
  })
  await settle()
}
async function settle() {
  for (let turn = 0; turn < 20; turn += 1) {
    await act(async () => {
      await new Promise((resolve) => setImmediate(resolve))
      await vi.advanceTimersByTimeAsync(0)
    })
  }
}

/**
 * A user's click. (user-event waits on a timer of its own after each action, which fake timers would hold.)
 */
function click(element: HTMLElement) {
  act(() => {
    fireEvent.click(element)
  })
}

function renderApp(client: QueryClient, children: ReactNode = <Orders />, strict = false) {
  const tree = (
    <QueryClientProvider client={client}>
      <StatusBoundary>{children}</StatusBoundary>
    </QueryClientProvider>
  )
  return render(strict ? <StrictMode>{tree}</StrictMode> : tree, { onCaughtError: () => {} })
}

function newClient(options?: Parameters<typeof statusQueryDefaults>[0]) {
  return new QueryClient({ defaultOptions: statusQueryDefaults(options) })
}

describe('statusQueryDefaults', () => {
  describe('given the options it returns', () => {
    beforeEach(() => {
      vi.useRealTimers()
    })

    it('should not retry mutations or send their errors to a boundary', () => {
      const defaults = statusQueryDefaults()
      expect(defaults.mutations?.retry).toBe(false)
      expect(defaults.mutations?.throwOnError).toBe(false)
    })

    it('should let every option be overridden', () => {
      const throwOnError = () => true
      const defaults = statusQueryDefaults({
        queries: { throwOnError, staleTime: 5 },
        mutations: { retry: 2 },
      })
      expect(defaults.queries?.throwOnError).toBe(throwOnError)
      expect(defaults.queries?.staleTime).toBe(5)
      expect(defaults.mutations?.retry).toBe(2)
    })

    it('should send page-level failures to the boundary only while the query has no data', () => {
      const throwOnError = statusQueryDefaults().queries?.throwOnError
      if (typeof throwOnError !== 'function') throw new Error('throwOnError is not a function')
      const empty = { state: { data: undefined } } as never
      const withData = { state: { data: { title: 'Order 42' } } } as never
      for (const status of [401, 403, 404, 410, 429, 500, 502, 503, 504]) {
        expect(throwOnError(new StatusError({ kind: 'http', status }), empty)).toBe(true)
        expect(throwOnError(new StatusError({ kind: 'http', status }), withData)).toBe(false)
      }
      expect(throwOnError(new TypeError('Failed to fetch'), empty)).toBe(true)
      expect(throwOnError(new StatusError({ kind: 'timeout' }), empty)).toBe(true)
      for (const status of [400, 409, 422]) {
        expect(throwOnError(new StatusError({ kind: 'http', status }), empty)).toBe(false)
      }
    })

    it('should retry a short server-requested wait and not a long one', () => {
      const retry = statusQueryDefaults().queries?.retry
      if (typeof retry !== 'function') throw new Error('retry is not a function')
      const now = Date.now()
      expect(retry(0, new StatusError({ kind: 'http', status: 429, retryAfterMs: 3000, now }))).toBe(true)
      expect(retry(0, new StatusError({ kind: 'http', status: 429, retryAfterMs: 20_000, now }))).toBe(false)
      const patient = statusQueryDefaults({ maxSilentWaitMs: 30_000 }).queries?.retry
      if (typeof patient !== 'function') throw new Error('retry is not a function')
      expect(patient(0, new StatusError({ kind: 'http', status: 429, retryAfterMs: 20_000, now }))).toBe(true)
    })
  })

  describe('given a 404', () => {
    it('should show the 404 page after one request, and never repeat it', async () => {
      answer(() => createStatusResponse(404))
      const client = newClient()
      renderApp(client)
      await settle()
      expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
      await advance(120_000)
      expect(requests).toEqual([0])
      client.clear()
    })
  })

  describe('given a page that remounts after a failure', () => {
    it('should show the page again from the cache, with no new request and no retry loop', async () => {
      answer(() => createStatusResponse(404))
      const client = newClient()
      const first = renderApp(client)
      await settle()
      expect(requests).toEqual([0])
      first.unmount()
      for (let remount = 0; remount < 3; remount += 1) {
        const again = renderApp(client, <Orders />, true)
        await advance(1000)
        expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
        again.unmount()
      }
      expect(requests).toEqual([0])
      client.clear()
    })
  })

  describe('given data on screen and a failed background refetch', () => {
    it('should keep the data on screen instead of replacing it with a page', async () => {
      answer(ok, () => createStatusResponse(500))
      const client = newClient({ retry: { maxRetries: 0 } })
      renderApp(client)
      await settle()
      expect(screen.getByText('Order 42')).toBeInTheDocument()
      await act(async () => {
        await client.refetchQueries()
      })
      await settle()
      expect(requests).toHaveLength(2)
      expect(client.getQueryState(['orders'])?.status).toBe('error')
      expect(screen.getByText('Order 42')).toBeInTheDocument()
      expect(screen.queryByRole('heading', { level: 1 })).toBeNull()
      client.clear()
    })
  })

  describe('given a server that fails with 500 and then recovers', () => {
    for (const strict of [false, true]) {
      it(`should fetch once per click on "Try again" and show the data${strict ? ', inside StrictMode' : ''}`, async () => {
        let healthy = false
        answer(() => (healthy ? ok() : createStatusResponse(500)))
        const client = newClient()
        renderApp(client, <Orders />, strict)
        // The first request and three retries with jittered backoff (each under its ceiling: 1 s, 2 s, 4 s).
        await advance(30_000)
        expect(requests).toHaveLength(4)
        expect(screen.getByRole('heading', { name: /problem with the service/i })).toBeInTheDocument()
        healthy = true
        click(screen.getByRole('button', { name: 'Try again' }))
        await settle()
        expect(screen.getByText('Order 42')).toBeInTheDocument()
        expect(requests).toHaveLength(5)
        await advance(60_000)
        expect(requests).toHaveLength(5)
        client.clear()
      })
    }

    it('should keep a failed click on the page and fetch exactly once for it', async () => {
      answer(() => createStatusResponse(500))
      const client = newClient({ retry: { maxRetries: 0 } })
      renderApp(client)
      await settle()
      expect(requests).toEqual([0])
      click(screen.getByRole('button', { name: 'Try again' }))
      await settle()
      expect(requests).toHaveLength(2)
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
      await advance(60_000)
      expect(requests).toHaveLength(2)
      client.clear()
    })
  })

  describe('given a 429 with Retry-After: 2', () => {
    it('should wait the two seconds out silently, with no request earlier, then show the data', async () => {
      answer(() => createStatusResponse(429, { retryAfter: 2 }), ok)
      const client = newClient()
      renderApp(client)
      await settle()
      expect(requests).toEqual([0])
      expect(screen.getByText('pending fetching')).toBeInTheDocument()
      await advance(1999)
      expect(requests).toEqual([0])
      await advance(1)
      // The answer's render is batched on a zero-delay timer that the last settle turn scheduled.
      await advance(10)
      expect(screen.getByText('Order 42')).toBeInTheDocument()
      expect(requests).toEqual([0, 2000])
      client.clear()
    })
  })

  describe('given a 429 with Retry-After: 20', () => {
    it('should show the countdown page at once and fetch again after twenty seconds, not earlier', async () => {
      answer(() => createStatusResponse(429, { retryAfter: 20 }), ok)
      const client = newClient()
      renderApp(client)
      await settle()
      expect(requests).toEqual([0])
      expect(screen.getByRole('heading', { name: 'Too many requests' })).toBeInTheDocument()
      expect(screen.getByRole('timer')).toHaveTextContent('20 seconds')
      await advance(19_999)
      expect(requests).toEqual([0])
      await advance(1)
      expect(screen.getByText('Order 42')).toBeInTheDocument()
      expect(requests).toEqual([0, 20_000])
      client.clear()
    })

    it('should start a new countdown for a new 429, and never spin', async () => {
      answer(
        () => createStatusResponse(429, { retryAfter: 20 }),
        () => createStatusResponse(429, { retryAfter: 30 }),
        ok,
      )
      const client = newClient()
      renderApp(client)
      await settle()
      await advance(20_000)
      expect(requests).toEqual([0, 20_000])
      expect(screen.getByRole('timer')).toHaveTextContent('30 seconds')
      await advance(29_999)
      expect(requests).toHaveLength(2)
      await advance(1)
      expect(screen.getByText('Order 42')).toBeInTheDocument()
      expect(requests).toEqual([0, 20_000, 50_000])
      client.clear()
    })
  })

  describe('given a server that keeps answering 429 with Retry-After: 20', () => {
    it('should retry by itself three times, then wait for the user, whose click always works', async () => {
      answer(() => createStatusResponse(429, { retryAfter: 20 }))
      const client = newClient()
      renderApp(client)
      await settle()
      // In one-second steps, so each request lands at the time it is made.
      for (let second = 0; second < 120; second += 1) await advance(1000)
      expect(requests).toEqual([0, 20_000, 40_000, 60_000])
      await advance(10 * 60_000)
      expect(requests).toHaveLength(4)
      // The last countdown is over: the user may try again, and that reset is always honoured.
      const tryAgain = screen.getByRole('button', { name: 'Try again' })
      expect(tryAgain).toBeEnabled()
      click(tryAgain)
      await settle()
      expect(requests).toHaveLength(5)
      client.clear()
    })
  })

  describe('given a 503 with an HTTP-date', () => {
    it('should show the maintenance page with the time it is back, and fetch again at that time', async () => {
      const back = new Date(T0 + 10 * 60_000)
      answer(() => createStatusResponse(503, { retryAfter: back }), ok)
      const client = newClient()
      renderApp(client)
      await settle()
      expect(requests).toEqual([0])
      const backAt = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(back)
      expect(screen.getByRole('heading', { name: /unavailable/i })).toBeInTheDocument()
      expect(document.body).toHaveTextContent(backAt)
      await advance(10 * 60_000 - 1)
      expect(requests).toEqual([0])
      await advance(1)
      expect(screen.getByText('Order 42')).toBeInTheDocument()
      expect(requests).toEqual([0, 600_000])
      client.clear()
    })
  })

  describe('given a 503 without Retry-After', () => {
    it('should retry at most three times, spaced with jitter under the backoff ceilings, then show the page', async () => {
      answer(() => createStatusResponse(503))
      const client = newClient()
      renderApp(client)
      await advance(60_000)
      expect(requests).toHaveLength(4)
      const gaps = requests.slice(1).map((at, index) => at - (requests[index] ?? 0))
      if (process.env.STATUSKIT_FIGURES) console.info('503 retry gaps (ms):', gaps.join(', '))
      gaps.forEach((gap, index) => {
        expect(gap).toBeGreaterThanOrEqual(0)
        expect(gap).toBeLessThanOrEqual(1000 * 2 ** index)
      })
      expect(screen.getByRole('heading', { name: /unavailable/i })).toBeInTheDocument()
      await advance(10 * 60_000)
      expect(requests).toHaveLength(4)
      client.clear()
    })
  })

  describe('given a Retry-After longer than the retry policy accepts', () => {
    it('should not retry it automatically but show when to come back', async () => {
      answer(() => createStatusResponse(429, { retryAfter: 3600 }), ok)
      const client = newClient()
      renderApp(client)
      await settle()
      await advance(10 * 60_000)
      expect(requests).toEqual([0])
      expect(screen.getByRole('heading', { name: 'Too many requests' })).toBeInTheDocument()
      client.clear()
    })
  })

  describe('given a network failure', () => {
    afterEach(() => {
      onlineManager.setOnline(true)
    })

    it('should show the offline page, then fetch by itself when the browser is back online', async () => {
      let connected = false
      answer(() => (connected ? ok() : Response.error()))
      const client = newClient({ retry: { maxRetries: 0 } })
      renderApp(client)
      await settle()
      expect(requests).toEqual([0])
      expect(screen.getByRole('heading', { name: /not connected/i })).toBeInTheDocument()
      await advance(5000)
      expect(requests).toEqual([0])
      connected = true
      await act(async () => {
        window.dispatchEvent(new Event('online'))
      })
      await settle()
      expect(screen.getByText('Order 42')).toBeInTheDocument()
      expect(requests).toEqual([0, 5000])
    })

    it('should pause queries while the browser is offline and fetch when it comes back', async () => {
      answer(ok)
      const client = newClient()
      // A mounted client listens to the browser's online and offline events through onlineManager.
      client.mount()
      await act(async () => {
        window.dispatchEvent(new Event('offline'))
      })
      expect(onlineManager.isOnline()).toBe(false)
      renderApp(client)
      await advance(30_000)
      expect(requests).toEqual([])
      expect(screen.getByText('pending paused')).toBeInTheDocument()
      await act(async () => {
        window.dispatchEvent(new Event('online'))
      })
      await settle()
      expect(screen.getByText('Order 42')).toBeInTheDocument()
      expect(requests).toEqual([30_000])
      client.unmount()
    })
  })

  describe('given a mutation that fails', () => {
    it('should neither retry it nor leave the page', async () => {
      let posts = 0
      server.use(
        http.post(`${API}/orders`, () => {
          posts += 1
          return createStatusResponse(503)
        }),
      )
      const client = newClient()
      renderApp(client, <Save />)
      click(screen.getByRole('button', { name: 'Save' }))
      await settle()
      await advance(60_000)
      expect(posts).toBe(1)
      expect(screen.getByText('failed 503')).toBeInTheDocument()
      client.clear()
    })
  })
})
