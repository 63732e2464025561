// #region app
import { fromResponse } from '@statuskit/core'
import { StatusKitProvider } from '@statuskit/react'
import { RouterLink, StatusErrorPage, StatusRouteBoundary, throwStatus } from '@statuskit/react/react-router'
import { createBrowserRouter, Outlet, RouterProvider, useLoaderData } from 'react-router'

function Layout() {
  return (
    <main>
      {/* What a page throws while it renders (a failed query) resets when the address changes. */}
      <StatusRouteBoundary>
        <Outlet />
      </StatusRouteBoundary>
    </main>
  )
}

const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    errorElement: <StatusErrorPage />,
    children: [
      {
        path: 'orders/:orderId',
        loader: async ({ params, request }) => {
          const response = await fetch(`/api/orders/${params.orderId}`, { signal: request.signal })
          // The router would drop Retry-After and a problem+json body: throwStatus keeps both.
          if (!response.ok) throwStatus(await fromResponse(response))
          return (await response.json()) as { id: string; customer: string }
        },
        Component: () => <h1>Order for {useLoaderData().customer}</h1>,
        // "Try again" revalidates the loaders; a new address shows the new route.
        errorElement: <StatusErrorPage />,
      },
    ],
  },
])

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
import { afterEach, describe, expect, it, vi } from 'vitest'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe("the README's React Router recipe", () => {
  it('shows the order after "Try again" when the loader failed with a 500', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(createStatusResponse(500))
      .mockResolvedValueOnce(Response.json({ id: '7', customer: 'Ada Lovelace' }))
    vi.stubGlobal('fetch', fetch)
    render(<App />)
    await act(() => router.navigate('/orders/7'))
    const tryAgain = await screen.findByRole('button', { name: 'Try again' })
    await act(async () => tryAgain.click())
    expect(await screen.findByRole('heading', { name: 'Order for Ada Lovelace' })).toBeInTheDocument()
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it("lists a 422's field errors from the problem+json body", async () => {
    const invalid = createStatusResponse(422, {
      problem: { extensions: { errors: [{ pointer: '#/vatId', detail: 'Add a VAT number' }] } },
    })
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(invalid))
    render(<App />)
    await act(() => router.navigate('/orders/8'))
    expect(await screen.findByText('Add a VAT number')).toBeInTheDocument()
  })

  it("counts down from the server's Retry-After when the loader gets a 429", async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(createStatusResponse(429, { retryAfter: 120 })))
    render(<App />)
    await act(() => router.navigate('/orders/9'))
    expect(await screen.findByRole('timer')).toHaveTextContent('2 minutes left')
  })
})
