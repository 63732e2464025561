import { StatusError } from '@statuskit/core'
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

function renderApp(path: string, onReset = vi.fn()) {
  const rootRoute = createRootRoute({
    component: () => (
      <>
        <Link to="/orders">Orders</Link>{' '}
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
      createRoute({ getParentRoute: () => rootRoute, path: '/orders', component: () => <p>All orders</p> }),
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
    <StatusKitProvider linkComponent={RouterLink} login={{ href: '/login' }}>
      <RouterProvider router={router} />
    </StatusKitProvider>,
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
