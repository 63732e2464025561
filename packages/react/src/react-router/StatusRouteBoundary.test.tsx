import { StatusError } from '@statuskit/core'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { createMemoryRouter, Link, Outlet, RouterProvider, useSearchParams } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { en } from '../i18n/en'
import { StatusRouteBoundary } from './StatusRouteBoundary'

// React reports every error a boundary catches through the root's onCaughtError (console.error by default).
const quiet = { onCaughtError: () => {} }

function Broken(): never {
  throw new StatusError({ kind: 'http', status: 500 })
}

function Search() {
  const [params] = useSearchParams()
  const query = params.get('q') ?? ''
  if (query === '') throw new StatusError({ kind: 'http', status: 400 })
  return <p>Results for {query}</p>
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

/** A search whose results come from a query keyed by the address's `q`; the API refuses "tote". */
function QuerySearch() {
  const [params] = useSearchParams()
  const query = params.get('q') ?? ''
  const { data } = useQuery({
    queryKey: ['search', query],
    queryFn: async () => {
      if (query === 'tote') throw new StatusError({ kind: 'http', status: 403 })
      return `Found ${query}`
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

function Layout({ onReset }: { onReset: () => void }) {
  return (
    <>
      <Link to="/orders">Orders</Link> <Link to="/search?q=mug">Search for mugs</Link>{' '}
      <Link to="/settings">Settings</Link>
      <StatusRouteBoundary onReset={onReset} resetKeys={['app']}>
        <Outlet />
      </StatusRouteBoundary>
    </>
  )
}

function renderApp(path: string, onReset = vi.fn()) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: <Layout onReset={onReset} />,
        children: [
          { path: 'orders', element: <Orders /> },
          { path: 'broken', element: <Broken /> },
          { path: 'search', element: <Search /> },
          { path: 'settings', element: <Settings /> },
          { path: 'query-search', element: <QuerySearch /> },
        ],
      },
    ],
    { initialEntries: [path] },
  )
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
    quiet,
  )
  return router
}

describe('StatusRouteBoundary', () => {
  it('shows the kit page for an error a route component throws', () => {
    renderApp('/broken')
    expect(screen.getByRole('heading', { level: 1, name: en.serverError.title })).toBeInTheDocument()
  })

  it('resets when the user navigates to another route, with the old and new address as the keys', async () => {
    const onReset = vi.fn()
    renderApp('/broken', onReset)
    await act(async () => screen.getByRole('link', { name: 'Orders' }).click())
    expect(await screen.findByText('All orders')).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: en.serverError.title })).toBeNull()
    expect(onReset).toHaveBeenCalledTimes(1)
    expect(onReset).toHaveBeenCalledWith({
      reason: 'keys',
      prev: ['/broken', '', 'app'],
      next: ['/orders', '', 'app'],
    })
  })

  it('resets when only the search changes, on the same path', async () => {
    const router = renderApp('/search?q=')
    expect(screen.getByRole('heading', { level: 1, name: en.badRequest.title })).toBeInTheDocument()
    await act(async () => screen.getByRole('link', { name: 'Search for mugs' }).click())
    expect(router.state.location.pathname).toBe('/search')
    expect(screen.getByText('Results for mug')).toBeInTheDocument()
  })

  it('keeps showing the error while the address stays the same', async () => {
    const onReset = vi.fn()
    const router = renderApp('/broken', onReset)
    await act(async () => router.navigate('/broken'))
    expect(screen.getByRole('heading', { level: 1, name: en.serverError.title })).toBeInTheDocument()
    expect(onReset).not.toHaveBeenCalled()
  })

  it('gives a query that failed on an earlier visit one new fetch when the user comes back', async () => {
    settingsApi.fail = true
    settingsApi.fetches = 0
    renderApp('/settings')
    expect(
      await screen.findByRole('heading', { level: 1, name: en.serviceUnavailable.title }),
    ).toBeInTheDocument()
    settingsApi.fail = false
    await act(async () => screen.getByRole('link', { name: 'Orders' }).click())
    // The orders page's own query mounts under the same boundary in between.
    expect(await screen.findByText('All orders')).toBeInTheDocument()
    await act(async () => screen.getByRole('link', { name: 'Settings' }).click())
    expect(await screen.findByText('Shop settings')).toBeInTheDocument()
    expect(settingsApi.fetches).toBe(2)
  })

  it("still shows a new search's failure when only the search changes and the page stays mounted", async () => {
    const router = renderApp('/query-search?q=mug')
    expect(await screen.findByText('Found mug')).toBeInTheDocument()
    await act(async () => router.navigate('/query-search?q=tote'))
    expect(await screen.findByRole('heading', { level: 1, name: en.forbidden.title })).toBeInTheDocument()
    await act(async () => router.navigate(-1))
    expect(await screen.findByText('Found mug')).toBeInTheDocument()
  })
})
