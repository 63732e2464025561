import { createStatusResponse, fromResponse, StatusError } from '@statuskit/core'
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Link,
  notFound,
  Outlet,
  RouterProvider,
  redirect,
} from '@tanstack/react-router'
import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { StatusBoundary } from '../boundary/StatusBoundary'
import { en } from '../i18n/en'
import { StatusKitProvider } from '../provider/StatusKitProvider'
import { StatusErrorPage } from './StatusErrorPage'
import { StatusNotFoundPage } from './StatusNotFoundPage'

// React reports every error a boundary catches through the root's onCaughtError (console.error by default).
const quiet = { onCaughtError: () => {} }

function Layout() {
  return (
    <>
      <Link to="/">Home</Link>
      <Outlet />
    </>
  )
}

/** A route component whose content sits under a `<StatusBoundary>`, as in any app that uses the kit. */
function underBoundary(Content: () => React.ReactNode) {
  return () => (
    <StatusBoundary fallback={<p>status boundary fallback</p>}>
      <Content />
    </StatusBoundary>
  )
}

/** A router with a layout, a home page, a login page and one route under test, in memory at `path`. */
function renderRouter(
  options: { loader?: () => unknown; component?: () => React.ReactNode },
  path = '/orders',
  onError = vi.fn(),
) {
  const rootRoute = createRootRoute({ component: Layout, notFoundComponent: StatusNotFoundPage })
  const routes = [
    createRoute({ getParentRoute: () => rootRoute, path: '/', component: () => <p>Home page</p> }),
    createRoute({ getParentRoute: () => rootRoute, path: '/login', component: () => <p>Login page</p> }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/orders',
      loader: options.loader,
      component: options.component ?? (() => <p>Orders page</p>),
      errorComponent: StatusErrorPage,
      notFoundComponent: StatusNotFoundPage,
    }),
  ]
  const router = createRouter({
    routeTree: rootRoute.addChildren(routes),
    history: createMemoryHistory({ initialEntries: [path] }),
  })
  render(
    <StatusKitProvider locale="en-GB" onError={onError} report="all">
      <RouterProvider router={router} />
    </StatusKitProvider>,
    quiet,
  )
  return router
}

beforeEach(() => {
  // In development TanStack Router warns about every error its route boundary catches: expected here.
  const warn = console.warn
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).startsWith('Warning: Error in route match')) warn(...args)
  })
  // jsdom has no scrolling; the router restores the scroll position after each navigation.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {})
})
afterEach(() => {
  vi.useRealTimers()
})

describe('TanStack Router and the kit', () => {
  describe('given a component under <StatusBoundary> that throws notFound()', () => {
    it("reaches the route's notFoundComponent, the kit's 404 page, and not the boundary's fallback", async () => {
      const onError = vi.fn()
      const router = renderRouter(
        {
          component: underBoundary(() => {
            throw notFound()
          }),
        },
        '/orders',
        onError,
      )
      await screen.findByRole('heading', { level: 1, name: en.notFound.title })
      // The router's not-found boundary resets once the load settles, and catches the notFound() again.
      await vi.waitFor(() => expect(router.state.status).toBe('idle'))
      expect(screen.getByRole('heading', { level: 1, name: en.notFound.title })).toBeInTheDocument()
      expect(screen.queryByText('status boundary fallback')).toBeNull()
      expect(onError).not.toHaveBeenCalled()
    })
  })

  describe('given a component under <StatusBoundary> that throws redirect({ to })', () => {
    it('navigates there instead of showing "Error code 307"', async () => {
      const router = renderRouter({
        component: underBoundary(() => {
          throw redirect({ to: '/login' })
        }),
      })
      expect(await screen.findByText('Login page')).toBeInTheDocument()
      expect(router.state.location.pathname).toBe('/login')
      expect(screen.queryByText(/307/)).toBeNull()
      expect(screen.queryByText('status boundary fallback')).toBeNull()
    })
  })

  describe('given a loader that fails once', () => {
    it('reruns the loader on "Try again", once per click, and shows the route', async () => {
      let calls = 0
      renderRouter({
        loader: () => {
          calls += 1
          if (calls === 1) throw new StatusError({ kind: 'http', status: 500 })
          return 'loaded'
        },
      })
      const tryAgain = await screen.findByRole('button', { name: en.common.tryAgain })
      expect(screen.getByRole('heading', { level: 1, name: en.serverError.title })).toBeInTheDocument()
      expect(calls).toBe(1)
      await act(async () => {
        tryAgain.click()
        tryAgain.click()
      })
      expect(await screen.findByText('Orders page')).toBeInTheDocument()
      expect(calls).toBe(2)
    })

    it('shows the page again after "Try again" when the loader fails again, saying it is still not working', async () => {
      let calls = 0
      renderRouter({
        loader: () => {
          calls += 1
          throw new StatusError({ kind: 'http', status: calls === 1 ? 500 : 502 })
        },
      })
      const tryAgain = await screen.findByRole('button', { name: en.common.tryAgain })
      await act(async () => tryAgain.click())
      expect(await screen.findByText('Error code 502')).toBeInTheDocument()
      expect(calls).toBe(2)
      // The page mounted for the new error still knows the user tried.
      expect(screen.getByText(/^Still not working\. We tried again at /)).toBeInTheDocument()
    })
  })

  describe('given a loader that throws a StatusError with Retry-After: 120', () => {
    it("counts down from the server's wait", async () => {
      renderRouter({
        loader: async () => {
          throw await fromResponse(createStatusResponse(429, { retryAfter: 120 }))
        },
      })
      expect(await screen.findByRole('timer')).toHaveTextContent('2 minutes left')
    })
  })

  describe('given a loader that keeps answering 429 with a one-second wait', () => {
    it('reloads by itself at each zero, three times in a row, then waits for the user', async () => {
      vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
      let calls = 0
      renderRouter({
        loader: () => {
          calls += 1
          throw new StatusError({ kind: 'http', status: 429, retryAfterMs: 1000 })
        },
      })
      for (let step = 0; step < 5; step += 1) await act(() => vi.advanceTimersByTimeAsync(100))
      expect(screen.getByRole('heading', { level: 1, name: en.rateLimited.title })).toBeInTheDocument()
      expect(calls).toBe(1)
      for (let step = 0; step < 100; step += 1) await act(() => vi.advanceTimersByTimeAsync(100))
      expect(calls).toBe(4)
      await act(async () => screen.getByRole('button', { name: en.common.tryAgain }).click())
      for (let step = 0; step < 5; step += 1) await act(() => vi.advanceTimersByTimeAsync(100))
      expect(calls).toBe(5)
    })
  })

  describe("given a loader that throws a shape only the app's normalize knows", () => {
    it('shows the page the provider teaches for it', async () => {
      const rootRoute = createRootRoute({ component: Layout })
      const router = createRouter({
        routeTree: rootRoute.addChildren([
          createRoute({
            getParentRoute: () => rootRoute,
            path: '/orders',
            loader: () => {
              throw Object.assign(new Error('gone'), { code: 'ORDER_ARCHIVED' })
            },
            component: () => <p>Orders page</p>,
            errorComponent: StatusErrorPage,
          }),
        ]),
        history: createMemoryHistory({ initialEntries: ['/orders'] }),
      })
      render(
        <StatusKitProvider
          normalize={(value) =>
            (value as { code?: unknown }).code === 'ORDER_ARCHIVED'
              ? { kind: 'http', status: 404 }
              : undefined
          }
        >
          <RouterProvider router={router} />
        </StatusKitProvider>,
        quiet,
      )
      expect(await screen.findByRole('heading', { level: 1, name: en.notFound.title })).toBeInTheDocument()
    })
  })

  describe('given an address no route matches', () => {
    it("shows the kit's 404 page from the root's notFoundComponent", async () => {
      renderRouter({}, '/no/such/page')
      expect(await screen.findByRole('heading', { level: 1, name: en.notFound.title })).toBeInTheDocument()
    })
  })
})
