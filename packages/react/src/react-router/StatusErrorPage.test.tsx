import { createStatusResponse, fromResponse } from '@statuskit/core'
import { act, render, screen } from '@testing-library/react'
import { StrictMode } from 'react'
import {
  createMemoryRouter,
  Link,
  Outlet,
  type RouteObject,
  RouterProvider,
  useLoaderData,
} from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { en } from '../i18n/en'
import { StatusKitProvider } from '../provider/StatusKitProvider'
import { StatusErrorPage } from './StatusErrorPage'
import { throwStatus } from './throwStatus'

const START = new Date(2026, 10, 25, 14, 31, 20).getTime()

/** Lets loaders, response bodies and React settle; fake timers move only as far as `ms`. */
async function settle(ms = 0): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    await act(() => vi.advanceTimersByTimeAsync(round === 0 ? ms : 0))
  }
}

async function click(element: HTMLElement): Promise<void> {
  await act(async () => element.click())
}

function Layout() {
  return (
    <>
      <nav>
        <Link to="/orders">Orders</Link> <Link to="/search?q=mug">Search for mugs</Link>
      </nav>
      <Outlet />
    </>
  )
}

function Data() {
  return <p>{String(useLoaderData())}</p>
}

/** A child route of a layout whose `errorElement` is the kit's page, as an app declares it. */
function route(path: string, loader: RouteObject['loader']): RouteObject {
  return { path, loader, element: <Data />, errorElement: <StatusErrorPage /> }
}

function renderRouter(children: RouteObject[], path: string, onError = vi.fn()) {
  const router = createMemoryRouter(
    [{ path: '/', element: <Layout />, hydrateFallbackElement: <p>Loading</p>, children }],
    { initialEntries: [path] },
  )
  render(
    <StrictMode>
      <StatusKitProvider locale="en-GB" onError={onError} report="all">
        <RouterProvider router={router} />
      </StatusKitProvider>
    </StrictMode>,
  )
  return router
}

beforeEach(() => {
  vi.useFakeTimers({ now: START })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('StatusErrorPage', () => {
  describe('given a loader that throws a 429 with Retry-After: 120 through throwStatus', () => {
    it("counts down from the server's two minutes, not a wait of its own", async () => {
      renderRouter(
        [
          route('orders', async () =>
            throwStatus(await fromResponse(createStatusResponse(429, { retryAfter: 120 }))),
          ),
        ],
        '/orders',
      )
      await settle()
      expect(screen.getByRole('heading', { level: 1, name: en.rateLimited.title })).toBeInTheDocument()
      expect(screen.getByRole('timer')).toHaveTextContent('2 minutes left')
      // 14:31:20 + 120 s, rounded up to the minute so that it is never earlier than the server said.
      expect(screen.getByText(/You can try again at 14:34\./)).toBeInTheDocument()
      await settle(1000)
      expect(screen.getByRole('timer')).toHaveTextContent('1 minute 59 seconds left')
    })

    it('without throwStatus, the raw Response loses the wait, which is why the helper exists', async () => {
      renderRouter(
        [
          route('orders', () => {
            throw createStatusResponse(429, { retryAfter: 120 })
          }),
        ],
        '/orders',
      )
      await settle()
      expect(screen.getByRole('heading', { level: 1, name: en.rateLimited.title })).toBeInTheDocument()
      // The retry policy's first delay (at most two seconds) stands in for the lost two minutes.
      expect(screen.queryByText(/minute/)).toBeNull()
    })
  })

  describe('given a loader that throws a 422 with field errors', () => {
    const invalid = () =>
      createStatusResponse(422, {
        problem: {
          title: 'Check the order',
          extensions: {
            errors: [
              { pointer: '#/email', detail: 'Enter an email address like name@example.com' },
              { pointer: '#/quantity', detail: 'Order at least one item' },
            ],
          },
        },
      })

    it('lists every field error when thrown through throwStatus', async () => {
      renderRouter([route('orders', async () => throwStatus(await fromResponse(invalid())))], '/orders')
      await settle()
      expect(screen.getByRole('heading', { level: 1, name: en.badRequest.title })).toBeInTheDocument()
      expect(screen.getByText('Check the order')).toBeInTheDocument()
      expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
        'Enter an email address like name@example.com',
        'Order at least one item',
      ])
    })

    it('lists them too when the loader throws the problem+json Response that the router kept as text', async () => {
      renderRouter(
        [
          route('orders', () => {
            throw invalid()
          }),
        ],
        '/orders',
      )
      await settle()
      expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
        'Enter an email address like name@example.com',
        'Order at least one item',
      ])
    })
  })

  describe('given a loader that fails once with a 500', () => {
    it('reruns the loader exactly once on "Try again", in the same router', async () => {
      let calls = 0
      const router = renderRouter(
        [
          route('orders', () => {
            calls += 1
            if (calls === 1) throwStatus(500)
            return 'Order A-1001'
          }),
        ],
        '/orders',
      )
      await settle()
      expect(calls).toBe(1)
      const tryAgain = screen.getByRole('button', { name: en.common.tryAgain })
      // A double click is one request.
      await act(async () => {
        tryAgain.click()
        tryAgain.click()
      })
      await settle()
      expect(calls).toBe(2)
      expect(screen.getByText('Order A-1001')).toBeInTheDocument()
      // The router that ran the loader again is the one rendered at the start: the page revalidated instead of
      // reloading (which jsdom cannot do; the demo's end-to-end test checks the document survives in Chromium).
      expect(router.state.loaderData).toMatchObject({ '0-0': 'Order A-1001' })
      expect(router.state.revalidation).toBe('idle')
    })

    it('is busy while the loader runs again, then shows a fresh page that says it is still not working', async () => {
      let calls = 0
      renderRouter(
        [
          route('orders', async () => {
            calls += 1
            // The second answer takes a second, so the page is seen trying.
            if (calls > 1) await new Promise((resolve) => setTimeout(resolve, 1000))
            throwStatus(calls === 1 ? 500 : 502)
          }),
        ],
        '/orders',
      )
      await settle()
      expect(screen.getByText('Error code 500')).toBeInTheDocument()
      await click(screen.getByRole('button', { name: en.common.tryAgain }))
      await settle()
      expect(screen.getByRole('button', { name: en.common.tryingAgain })).toHaveAttribute(
        'aria-disabled',
        'true',
      )
      await settle(1000)
      expect(calls).toBe(2)
      expect(screen.getByText('Error code 502')).toBeInTheDocument()
      // 14:31:20 is when the user pressed "Try again".
      expect(screen.getByText('Still not working. We tried again at 14:31.')).toBeInTheDocument()
      expect(screen.getByRole('button', { name: en.common.tryAgain })).toBeInTheDocument()
      expect(screen.getByRole('heading', { level: 1 })).toHaveFocus()
    })
  })

  describe('given a loader that keeps answering 429 with Retry-After: 1', () => {
    it('revalidates by itself at each zero, three times in a row, then waits for the user', async () => {
      let calls = 0
      renderRouter(
        [
          route('orders', async () => {
            calls += 1
            throwStatus(await fromResponse(createStatusResponse(429, { retryAfter: 1 })))
          }),
        ],
        '/orders',
      )
      await settle()
      expect(calls).toBe(1)
      for (let second = 0; second < 10; second += 1) await settle(1000)
      expect(calls).toBe(4)
      // The user can still try again, once the button is enabled (the last countdown reached zero).
      await click(screen.getByRole('button', { name: en.common.tryAgain }))
      await settle()
      expect(calls).toBe(5)
    })
  })

  describe('given an error page and a navigation', () => {
    it('shows the new route when the user navigates away', async () => {
      renderRouter(
        [
          route('orders', () => throwStatus(404)),
          route('search', ({ request }) => `Results for ${new URL(request.url).searchParams.get('q')}`),
        ],
        '/orders',
      )
      await settle()
      expect(screen.getByRole('heading', { level: 1, name: en.notFound.title })).toBeInTheDocument()
      await click(screen.getByRole('link', { name: 'Search for mugs' }))
      await settle()
      expect(screen.getByText('Results for mug')).toBeInTheDocument()
      expect(screen.queryByRole('heading', { name: en.notFound.title })).toBeNull()
    })

    it('shows the route again when the search changes on the same path and the loader now succeeds', async () => {
      const router = renderRouter(
        [
          route('search', ({ request }) => {
            const query = new URL(request.url).searchParams.get('q')
            if (query === '') throwStatus(400)
            return `Results for ${query}`
          }),
        ],
        '/search?q=',
      )
      await settle()
      expect(screen.getByRole('heading', { level: 1, name: en.badRequest.title })).toBeInTheDocument()
      await click(screen.getByRole('link', { name: 'Search for mugs' }))
      await settle()
      expect(router.state.location.pathname).toBe('/search')
      expect(screen.getByText('Results for mug')).toBeInTheDocument()
    })
  })

  describe('given a provider', () => {
    it("reports each route error to the provider's onError once", async () => {
      const onError = vi.fn()
      renderRouter([route('orders', () => throwStatus(503))], '/orders', onError)
      await settle()
      expect(onError).toHaveBeenCalledTimes(1)
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'http', status: 503 })
      expect(onError.mock.calls[0]?.[1]).toEqual({ source: 'boundary' })
    })

    it("reads what a loader threw through the provider's normalize, as every part of the kit does", async () => {
      const router = createMemoryRouter(
        [
          {
            path: '/',
            loader: () => {
              throw Object.assign(new Error('quota'), { code: 'QUOTA_EXCEEDED' })
            },
            element: <p>never shown</p>,
            hydrateFallbackElement: <p>Loading</p>,
            errorElement: <StatusErrorPage />,
          },
        ],
        { initialEntries: ['/'] },
      )
      render(
        <StatusKitProvider
          locale="en-GB"
          normalize={(value) =>
            (value as { code?: unknown }).code === 'QUOTA_EXCEEDED'
              ? { kind: 'http', status: 429, retryAfterMs: 30_000 }
              : undefined
          }
        >
          <RouterProvider router={router} />
        </StatusKitProvider>,
      )
      await settle()
      expect(screen.getByRole('heading', { level: 1, name: en.rateLimited.title })).toBeInTheDocument()
      expect(screen.getByRole('timer')).toHaveTextContent('30 seconds left')
    })

    it("uses the provider's fallbacks before the built-in page", async () => {
      const router = createMemoryRouter(
        [
          {
            path: '/',
            loader: () => throwStatus(404),
            element: <p>never shown</p>,
            hydrateFallbackElement: <p>Loading</p>,
            errorElement: <StatusErrorPage headingLevel={2} />,
          },
        ],
        { initialEntries: ['/'] },
      )
      render(
        <StatusKitProvider
          fallbacks={{
            404: ({ error, headingLevel }) => <p>{`app page for ${error.status} at h${headingLevel}`}</p>,
          }}
        >
          <RouterProvider router={router} />
        </StatusKitProvider>,
      )
      await settle()
      expect(screen.getByText('app page for 404 at h2')).toBeInTheDocument()
    })
  })
})
