import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router'
import { act, render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { RouterLink } from './RouterLink'

beforeEach(() => {
  // jsdom has no scrolling; the router restores the scroll position after each navigation.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {})
})

describe('RouterLink (TanStack Router)', () => {
  it('navigates to an href with its search and hash, and leaves a link to another site plain', async () => {
    const rootRoute = createRootRoute()
    const router = createRouter({
      routeTree: rootRoute.addChildren([
        createRoute({
          getParentRoute: () => rootRoute,
          path: '/',
          component: () => (
            <>
              <RouterLink href="/login?returnTo=%2Forders#form" className="sk-button">
                Sign in
              </RouterLink>
              <RouterLink href="https://auth.example.com/login">Sign in elsewhere</RouterLink>
            </>
          ),
        }),
        createRoute({ getParentRoute: () => rootRoute, path: '/login', component: () => <p>Login page</p> }),
      ]),
      history: createMemoryHistory({ initialEntries: ['/'] }),
    })
    render(<RouterProvider router={router} />)
    const signIn = await screen.findByRole('link', { name: 'Sign in' })
    expect(signIn).toHaveAttribute('href', '/login?returnTo=%2Forders#form')
    expect(signIn).toHaveClass('sk-button')
    expect(screen.getByRole('link', { name: 'Sign in elsewhere' })).toHaveAttribute(
      'href',
      'https://auth.example.com/login',
    )
    await act(async () => signIn.click())
    expect(await screen.findByText('Login page')).toBeInTheDocument()
    expect(router.state.location).toMatchObject({
      pathname: '/login',
      search: { returnTo: '/orders' },
      hash: 'form',
    })
  })

  it('renders a plain link outside a router, where the sign-in dialog of a provider above it renders', () => {
    render(<RouterLink href="/login?returnTo=%2Forders">Sign in</RouterLink>)
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login?returnTo=%2Forders')
  })
})
