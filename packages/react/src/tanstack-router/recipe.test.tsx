// #region app
import { fromResponse } from '@statuskit/core'
import { StatusKitProvider } from '@statuskit/react'
import {
  RouterLink,
  StatusErrorPage,
  StatusNotFoundPage,
  StatusRouteBoundary,
} from '@statuskit/react/tanstack-router'
import { createRootRoute, createRoute, createRouter, Outlet, RouterProvider } from '@tanstack/react-router'

const rootRoute = createRootRoute({
  component: () => (
    // What a page throws while it renders (a failed query, notFound()) resets when the address changes.
    <StatusRouteBoundary>
      <Outlet />
    </StatusRouteBoundary>
  ),
})

const orderRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/orders/$orderId',
  loader: async ({ params, abortController }) => {
    const response = await fetch(`/api/orders/${params.orderId}`, { signal: abortController.signal })
    // A StatusError keeps the status, the Retry-After and the problem details for the error component.
    if (!response.ok) throw await fromResponse(response)
    return (await response.json()) as { id: string; customer: string }
  },
  component: () => <h1>Order for {orderRoute.useLoaderData().customer}</h1>,
})

const router = createRouter({
  routeTree: rootRoute.addChildren([orderRoute]),
  // "Try again" invalidates the router, so the loaders run again.
  defaultErrorComponent: StatusErrorPage,
  defaultNotFoundComponent: StatusNotFoundPage,
})

function App() {
  return (
    <StatusKitProvider homeHref="/" linkComponent={RouterLink}>
      <RouterProvider router={router} />
    </StatusKitProvider>
  )
}

// #endregion app

import { createStatusResponse } from '@statuskit/core'
import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// React reports every error a boundary catches through the root's onCaughtError (console.error by default).
const quiet = { onCaughtError: () => {} }

beforeEach(() => {
  // In development TanStack Router warns about every error its route boundary catches: expected here.
  const warn = console.warn
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).startsWith('Warning: Error in route match')) warn(...args)
  })
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {})
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe("the README's TanStack Router recipe", () => {
  it("shows the order, and the kit's page with the server's wait when the API answers 429", async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(createStatusResponse(429, { retryAfter: 120 }))
      .mockResolvedValueOnce(Response.json({ id: '7', customer: 'Ada Lovelace' }))
    vi.stubGlobal('fetch', fetch)
    render(<App />, quiet)
    await act(() => router.navigate({ to: '/orders/$orderId', params: { orderId: '7' } }))
    expect(await screen.findByRole('timer')).toHaveTextContent('2 minutes left')
    await act(() => router.invalidate())
    expect(await screen.findByRole('heading', { name: 'Order for Ada Lovelace' })).toBeInTheDocument()
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it("shows the kit's 404 page, whose link goes home through the router, for an unknown address", async () => {
    render(<App />, quiet)
    await act(() => router.navigate({ to: '/no/such/page' }))
    const home = await screen.findByRole('link', { name: 'Go to the home page' })
    expect(home).toHaveAttribute('href', '/')
  })
})
