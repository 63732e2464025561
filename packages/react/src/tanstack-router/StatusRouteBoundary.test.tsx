import { StatusError } from '@statuskit/core'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Link,
  Outlet,
  RouterProvider,
  useSearch,
} from '@tanstack/react-router'
import { act, render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { en } from '../i18n/en'
import { StatusKitProvider } from '../provider/StatusKitProvider'
import { RouterLink } from './RouterLink'
import { StatusRouteBoundary } from './StatusRouteBoundary'

// React reports every error a boundary catches through the root's onCaughtError (console.error by default).
const quiet = { onCaughtError: () => {} }

function Search() {
  const { q = '' } = useSearch({ strict: false }) as { q?: string }
  if (q === '') throw new StatusError({ kind: 'http', status: 400 })
  return <p>Results for {q}</p>
}

/** Whether the settings API fails, and how often it was asked. */
const settingsApi = { fail: true, fetches: 0 }

function Settings() {
  const { data } = useQuery({
    queryKey: ['settings'],
    queryFn: async () => {
      settingsApi.fetches += 1
      if (settingsApi.fail) throw new StatusError({ kind: 'http', status: 503 })
      return 'Shop settings'
    },
    retry: false,
    throwOnError: true,
  })
  return <p>{data ?? 'Loading'}</p>
}

/** A page with a query of its own, as every page of a real app has. */
function Orders() {
  const { data } = useQuery({ queryKey: ['orders'], queryFn: async () => 'All orders' })
  return <p>{data ?? 'Loading'}</p>
}

function renderApp(path: string, onReset = vi.fn()) {
  const rootRoute = createRootRoute({
    component: () => (
      <>
        <Link to="/orders">Orders</Link> <Link to="/settings">Settings</Link>{' '}
        <Link to="/search" search={{ q: 'mug' }}>
          Search for mugs
        </Link>
        <StatusRouteBoundary onReset={onReset} resetKeys={['app']}>
          <Outlet />
        </StatusRouteBoundary>
      </>
    ),
  })
  const router = createRouter({
    routeTree: rootRoute.addChildren([
      createRoute({ getParentRoute: () => rootRoute, path: '/', component: () => <p>Home page</p> }),
      createRoute({ getParentRoute: () => rootRoute, path: '/orders', component: Orders }),
      createRoute({ getParentRoute: () => rootRoute, path: '/settings', component: Settings }),
      createRoute({
        getParentRoute: () => rootRoute,
        path: '/broken',
        component: () => {
          throw new StatusError({ kind: 'http', status: 500 })
        },
      }),
      createRoute({ getParentRoute: () => rootRoute, path: '/search', component: Search }),
      createRoute({ getParentRoute: () => rootRoute, path: '/login', component: () => <p>Login page</p> }),
    ]),
    history: createMemoryHistory({ initialEntries: [path] }),
  })
  render(
    <QueryClientProvider client={new QueryClient()}>
      <StatusKitProvider linkComponent={RouterLink} login={{ href: '/login' }}>
        <RouterProvider router={router} />
      </StatusKitProvider>
    </QueryClientProvider>,
    quiet,
  )
  return router
}

beforeEach(() => {
  // jsdom has no scrolling; the router restores the scroll position after each navigation.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {})
})

describe('StatusRouteBoundary (TanStack Router)', () => {
  it('resets when the user navigates to another route, with the old and new address as the keys', async () => {
    const onReset = vi.fn()
    renderApp('/broken', onReset)
    await screen.findByRole('heading', { level: 1, name: en.serverError.title })
    await act(async () => screen.getByRole('link', { name: 'Orders' }).click())
    expect(await screen.findByText('All orders')).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: en.serverError.title })).toBeNull()
    expect(onReset).toHaveBeenCalledTimes(1)
    expect(onReset).toHaveBeenCalledWith({
      reason: 'keys',
      prev: ['/broken', 'app'],
      next: ['/orders', 'app'],
    })
  })

  it('gives a query that failed on an earlier visit one new fetch when the user comes back', async () => {
    settingsApi.fail = true
    settingsApi.fetches = 0
    renderApp('/settings')
    await screen.findByRole('heading', { level: 1, name: en.serviceUnavailable.title })
    settingsApi.fail = false
    await act(async () => screen.getByRole('link', { name: 'Orders' }).click())
    // The orders page's own query mounts under the same boundary in between.
    expect(await screen.findByText('All orders')).toBeInTheDocument()
    await act(async () => screen.getByRole('link', { name: 'Settings' }).click())
    expect(await screen.findByText('Shop settings')).toBeInTheDocument()
    expect(settingsApi.fetches).toBe(2)
  })

  it('resets when only the search changes, on the same path', async () => {
    const router = renderApp('/search')
    await screen.findByRole('heading', { level: 1, name: en.badRequest.title })
    await act(async () => screen.getByRole('link', { name: 'Search for mugs' }).click())
    expect(await screen.findByText('Results for mug')).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/search')
  })
})

describe('the provider with RouterLink (TanStack Router)', () => {
  it("renders the kit's home link through the router and navigates without a reload", async () => {
    const router = renderApp('/broken')
    await screen.findByRole('heading', { level: 1, name: en.serverError.title })
    // The 500 page has no home link; the 400 page has one ("Go back" and "Go to the home page").
    await act(async () => router.navigate({ to: '/search' }))
    const home = await screen.findByRole('link', { name: en.common.goHome })
    expect(home).toHaveAttribute('href', '/')
    expect(home).toHaveClass('sk-button')
    await act(async () => home.click())
    expect(await screen.findByText('Home page')).toBeInTheDocument()
  })
})
