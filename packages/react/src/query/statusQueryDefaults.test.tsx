import { createStatusResponse, fromResponse, StatusError } from '@statuskit/core'
import { onlineManager, QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { http } from 'msw'
import { setupServer } from 'msw/node'
import { type ReactNode, StrictMode } from 'react'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { StatusBoundary } from '../boundary/StatusBoundary'
import { en } from '../i18n/en'
import { sessionClaims } from './sessionClaims'
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

    it('should send every failure of a query without data to the boundary, and none while data is shown', () => {
      const throwOnError = statusQueryDefaults().queries?.throwOnError
      if (typeof throwOnError !== 'function') throw new Error('throwOnError is not a function')
      const empty = { state: { data: undefined } } as never
      const withData = { state: { data: { title: 'Order 42' } } } as never
      // A query has no form to show a 400 in: without the page it would stay "Loading…" forever.
      for (const status of [400, 401, 403, 404, 409, 410, 422, 429, 500, 502, 503, 504]) {
        expect(throwOnError(new StatusError({ kind: 'http', status }), empty)).toBe(true)
        expect(throwOnError(new StatusError({ kind: 'http', status }), withData)).toBe(false)
      }
      expect(throwOnError(new TypeError('Failed to fetch'), empty)).toBe(true)
      expect(throwOnError(new StatusError({ kind: 'timeout' }), empty)).toBe(true)
    })

    it('should keep a 401 that a SessionGuard took on out of the boundary', () => {
      const throwOnError = statusQueryDefaults().queries?.throwOnError
      if (typeof throwOnError !== 'function') throw new Error('throwOnError is not a function')
      const claimed = new StatusError({ kind: 'http', status: 401 })
      sessionClaims.add(claimed)
      expect(throwOnError(claimed, { state: { data: undefined } } as never)).toBe(false)
      expect(
        throwOnError(new StatusError({ kind: 'http', status: 401 }), { state: { data: undefined } } as never),
      ).toBe(true)
    })

    it("should never retry a 429 that gives no wait silently, and space a busy server's retries", () => {
      const { retry, retryDelay } = statusQueryDefaults().queries ?? {}
      if (typeof retry !== 'function' || typeof retryDelay !== 'function') throw new Error('not functions')
      expect(retry(0, new StatusError({ kind: 'http', status: 429 }))).toBe(false)
      expect(retry(0, new StatusError({ kind: 'http', status: 503 }))).toBe(true)
      for (let attempt = 1; attempt <= 3; attempt += 1) {
        for (let sample = 0; sample < 50; sample += 1) {
          const delay = retryDelay(attempt, new StatusError({ kind: 'http', status: 503 }))
          expect(delay).toBeGreaterThanOrEqual(1000 * 2 ** (attempt - 1))
        }
      }
      // A server wait of zero (an HTTP-date just past) still waits a second.
      expect(
        retryDelay(1, new StatusError({ kind: 'http', status: 503, retryAfterMs: 0 })),
      ).toBeGreaterThanOrEqual(1000)
    })

    it('should run mutations whatever the connection says, so none waits to send old input later', () => {
      expect(statusQueryDefaults().mutations?.networkMode).toBe('always')
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

  describe('given a page that mounts again after a failure (a route visited again)', () => {
    it('should ask the server once per visit, never in a loop, and show the page while it still fails', async () => {
      answer(() => createStatusResponse(404))
      const client = newClient()
      const first = renderApp(client)
      await settle()
      expect(requests).toEqual([0])
      first.unmount()
      for (let remount = 1; remount <= 3; remount += 1) {
        const again = renderApp(client, <Orders />, true)
        await advance(1000)
        expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
        again.unmount()
      }
      expect(requests).toEqual([0, 0, 1000, 2000])
      client.clear()
    })
  })

  describe('given a 400 on a query', () => {
    it('should show the page that says it could not open this, not a spinner forever', async () => {
      answer(() => createStatusResponse(400))
      const client = newClient()
      renderApp(client)
      await settle()
      expect(screen.getByRole('heading', { name: "We couldn't open this" })).toBeInTheDocument()
      expect(screen.queryByText(/pending/)).toBeNull()
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
      // Not before the server's time, and a moment after it (an HTTP-date has whole seconds).
      await advance(20_999)
      expect(requests).toEqual([0])
      await advance(1)
      await advance(10)
      expect(screen.getByText('Order 42')).toBeInTheDocument()
      expect(requests).toEqual([0, 21_000])
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
      await advance(21_000)
      expect(requests).toEqual([0, 21_000])
      expect(screen.getByRole('timer')).toHaveTextContent('30 seconds')
      await advance(30_999)
      expect(requests).toHaveLength(2)
      await advance(1)
      await advance(10)
      expect(screen.getByText('Order 42')).toBeInTheDocument()
      expect(requests).toEqual([0, 21_000, 52_000])
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
      expect(requests).toEqual([0, 21_000, 42_000, 63_000])
      await advance(10 * 60_000)
      expect(requests).toHaveLength(4)
      // It says it stopped, never that it is trying; the user may try again, and that reset is always honoured.
      expect(document.body).toHaveTextContent(en.common.automaticGaveUp)
      expect(document.body).not.toHaveTextContent(en.common.retrying)
      const tryAgain = screen.getByRole('button', { name: 'Try again' })
      expect(tryAgain).not.toHaveAttribute('aria-disabled')
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
      await advance(10 * 60_000 + 999)
      expect(requests).toEqual([0])
      await advance(1)
      await advance(10)
      expect(screen.getByText('Order 42')).toBeInTheDocument()
      expect(requests).toEqual([0, 601_000])
      client.clear()
    })
  })

  describe('given a 503 without Retry-After', () => {
    it('should retry at most three times, at least a second apart with growing waits, then show the page', async () => {
      answer(() => createStatusResponse(503))
      const client = newClient()
      renderApp(client)
      await advance(60_000)
      expect(requests).toHaveLength(4)
      const gaps = requests.slice(1).map((at, index) => at - (requests[index] ?? 0))
      if (process.env.STATUSKIT_FIGURES) console.info('503 retry gaps (ms):', gaps.join(', '))
      gaps.forEach((gap, index) => {
        expect(gap).toBeGreaterThanOrEqual(1000 * 2 ** index)
        expect(gap).toBeLessThanOrEqual(2000 * 2 ** index)
      })
      expect(screen.getByRole('heading', { name: /unavailable/i })).toBeInTheDocument()
      await advance(10 * 60_000)
      expect(requests).toHaveLength(4)
      client.clear()
    })
  })

  describe('given a server that answers 429 forever without Retry-After', () => {
    it('should send at most 6 requests in the first minute, none less than a second apart, then say it stopped', async () => {
      answer(() => createStatusResponse(429))
      const client = newClient()
      renderApp(client)
      await settle()
      for (let second = 0; second < 60; second += 1) await advance(1000)
      if (process.env.STATUSKIT_FIGURES)
        console.info('429 without Retry-After, requests at (ms):', requests.join(', '))
      expect(requests.length).toBeLessThanOrEqual(6)
      const gaps = requests.slice(1).map((at, index) => at - (requests[index] ?? 0))
      for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(1000)
      // The waits grow.
      for (let index = 1; index < gaps.length; index += 1) {
        expect(gaps[index]).toBeGreaterThan(gaps[index - 1] ?? 0)
      }
      await advance(10 * 60_000)
      const total = requests.length
      await advance(10 * 60_000)
      expect(requests).toHaveLength(total)
      expect(document.body).toHaveTextContent(en.common.automaticGaveUp)
      expect(document.body).not.toHaveTextContent(en.common.retrying)
      client.clear()
    }, 30_000)
  })

  describe('given a 503 whose HTTP-date drops the milliseconds of when the service is back', () => {
    it('should send exactly one request after the date, and get the data', async () => {
      // Back at 10:00.700 after T0; the header can only say 10:00.
      const backAt = T0 + 10 * 60_000 + 700
      answer(() =>
        Date.now() >= backAt ? ok() : createStatusResponse(503, { retryAfter: new Date(T0 + 10 * 60_000) }),
      )
      const client = newClient()
      renderApp(client)
      await settle()
      // Coarse steps until shortly before the date, then seconds, so each request lands when it is made.
      for (let minute = 0; minute < 9; minute += 1) await advance(60_000)
      for (let second = 0; second < 2 * 60; second += 1) await advance(1000)
      const afterDate = requests.filter((at) => at >= 10 * 60_000)
      if (process.env.STATUSKIT_FIGURES)
        console.info('503 with an HTTP-date, requests at (ms):', requests.join(', '))
      expect(afterDate).toHaveLength(1)
      expect(screen.getByText('Order 42')).toBeInTheDocument()
      client.clear()
    }, 30_000)
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
      // The browser says it is online: no guessing, and a way to try again.
      expect(screen.getByRole('heading', { name: en.unreachable.title })).toBeInTheDocument()
      await act(async () => {
        window.dispatchEvent(new Event('offline'))
      })
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

  describe('given a save made while the browser is offline', () => {
    afterEach(() => {
      onlineManager.setOnline(true)
    })

    it('should fail at once instead of waiting to send the old input by itself when the connection returns', async () => {
      let posts = 0
      server.use(
        http.post(`${API}/orders`, () => {
          posts += 1
          return Response.error()
        }),
      )
      const client = newClient()
      renderApp(client, <Save />)
      await act(async () => {
        window.dispatchEvent(new Event('offline'))
      })
      click(screen.getByRole('button', { name: 'Save' }))
      await settle()
      expect(posts).toBe(1)
      expect(screen.getByText('failed undefined')).toBeInTheDocument()
      await act(async () => {
        window.dispatchEvent(new Event('online'))
      })
      await advance(60_000)
      expect(posts).toBe(1)
      expect(
        client
          .getMutationCache()
          .getAll()
          .filter((mutation) => mutation.state.isPaused),
      ).toHaveLength(0)
      client.clear()
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
