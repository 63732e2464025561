import { StatusError } from '@statuskit/core'
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

function Layout({ onReset }: { onReset: () => void }) {
  return (
    <>
      <Link to="/orders">Orders</Link> <Link to="/search?q=mug">Search for mugs</Link>
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
          { path: 'orders', element: <p>All orders</p> },
          { path: 'broken', element: <Broken /> },
          { path: 'search', element: <Search /> },
        ],
      },
    ],
    { initialEntries: [path] },
  )
  render(<RouterProvider router={router} />, quiet)
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
    expect(screen.getByText('All orders')).toBeInTheDocument()
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
})
