import { act, render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en'
import { StatusPage } from '../pages/StatusPage'
import { StatusKitProvider } from '../provider/StatusKitProvider'
import { RouterLink } from './RouterLink'

describe('RouterLink', () => {
  it("renders the kit's home link through the router, with its basename, and navigates without a reload", async () => {
    const router = createMemoryRouter(
      [
        { path: '/', element: <p>Home of the shop</p> },
        { path: '*', element: <StatusPage code={404} /> },
      ],
      { basename: '/shop', initialEntries: ['/shop/missing'] },
    )
    render(
      <StatusKitProvider homeHref="/" linkComponent={RouterLink}>
        <RouterProvider router={router} />
      </StatusKitProvider>,
    )
    const home = screen.getByRole('link', { name: en.common.goHome })
    expect(home).toHaveAttribute('href', '/shop')
    expect(home).toHaveClass('sk-button')
    await act(async () => home.click())
    expect(router.state.location.pathname).toBe('/shop')
    expect(screen.getByText('Home of the shop')).toBeInTheDocument()
  })

  it('renders a plain link outside a router, where the sign-in dialog of a provider above it renders', () => {
    render(
      <RouterLink href="/login?returnTo=%2Forders" className="sk-button">
        Sign in
      </RouterLink>,
    )
    const link = screen.getByRole('link', { name: 'Sign in' })
    expect(link).toHaveAttribute('href', '/login?returnTo=%2Forders')
    expect(link).toHaveClass('sk-button')
  })
})
