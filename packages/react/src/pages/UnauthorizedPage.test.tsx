import { StatusError } from '@statuskit/core'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { LoginOptions } from '../context/LoginOptions'
import { StatusBoundary } from '../index'
import { StatusKitProvider } from '../provider/StatusKitProvider'
import { UnauthorizedPage } from './UnauthorizedPage'

const unauthorized = () => new StatusError({ kind: 'http', status: 401 })

function renderWithLogin(login: LoginOptions, reset = vi.fn()) {
  return render(
    <StatusKitProvider login={login}>
      <UnauthorizedPage error={unauthorized()} reset={reset} />
    </StatusKitProvider>,
  )
}

afterEach(() => {
  window.history.replaceState(null, '', '/')
})

describe('UnauthorizedPage', () => {
  describe('given a login page (login.href)', () => {
    it('should link to it with the current path, search and hash in returnTo', () => {
      window.history.replaceState(null, '', '/orders/42?tab=items&q=a%20b#notes')
      renderWithLogin({ href: '/login' })
      expect(screen.getByRole('heading', { level: 1, name: 'Sign in to continue' })).toHaveFocus()
      const link = screen.getByRole('link', { name: 'Sign in' })
      const url = new URL(link.getAttribute('href') ?? '', window.location.origin)
      expect(url.pathname).toBe('/login')
      expect(url.origin).toBe(window.location.origin)
      expect(url.searchParams.get('returnTo')).toBe('/orders/42?tab=items&q=a%20b#notes')
    })

    it('should keep the login page’s own query and use returnToParam', () => {
      window.history.replaceState(null, '', '/cart')
      renderWithLogin({ href: 'https://auth.example.com/sign-in?client=web', returnToParam: 'next' })
      const url = new URL(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href') ?? '')
      expect(url.origin).toBe('https://auth.example.com')
      expect(url.searchParams.get('client')).toBe('web')
      expect(url.searchParams.get('next')).toBe('/cart')
      expect(url.searchParams.has('returnTo')).toBe(false)
    })

    it('should only ever put a same-origin path in returnTo', () => {
      // A path that would read as another host once used as a URL.
      window.history.replaceState(null, '', '/.//evil.example/steal')
      renderWithLogin({ href: '/login' })
      const url = new URL(
        screen.getByRole('link', { name: 'Sign in' }).getAttribute('href') ?? '',
        'http://x.test',
      )
      const returnTo = url.searchParams.get('returnTo') ?? ''
      expect(returnTo.startsWith('/')).toBe(true)
      expect(returnTo.startsWith('//')).toBe(false)
      expect(new URL(returnTo, window.location.origin).origin).toBe(window.location.origin)
    })
  })

  describe('given a sign-in function (login.onLogin)', () => {
    it('should await it once, show that it is pending, then reset', async () => {
      let finish: () => void = () => {}
      const onLogin = vi.fn(
        () =>
          new Promise<void>((resolve) => {
            finish = resolve
          }),
      )
      const reset = vi.fn()
      const { container } = renderWithLogin({ onLogin }, reset)
      const button = screen.getByRole('button', { name: 'Sign in' })
      await userEvent.click(button)
      await userEvent.click(button)
      expect(onLogin).toHaveBeenCalledTimes(1)
      expect(button).toHaveAttribute('aria-disabled', 'true')
      expect(screen.getByRole('status')).toHaveTextContent('Signing in…')
      expect(container.querySelector('[data-state="pending"]')).not.toBeNull()
      expect(reset).not.toHaveBeenCalled()
      await act(async () => finish())
      expect(reset).toHaveBeenCalledTimes(1)
      expect(reset).toHaveBeenCalledWith()
    })

    it('should say so when signing in fails, and let the user try again', async () => {
      const onLogin = vi
        .fn()
        .mockRejectedValueOnce(new Error('popup closed'))
        .mockResolvedValueOnce(undefined)
      const reset = vi.fn()
      const { container } = renderWithLogin({ onLogin }, reset)
      await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
      // Under the actions, in the status line whose space is always kept: the button does not move.
      await waitFor(() =>
        expect(container.querySelector('.sk-status')).toHaveTextContent('You were not signed in. Try again.'),
      )
      expect(container.querySelector('.sk-status')).toHaveAttribute('role', 'status')
      expect(screen.queryByText('popup closed')).toBeNull()
      expect(reset).not.toHaveBeenCalled()
      await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
      expect(onLogin).toHaveBeenCalledTimes(2)
      expect(reset).toHaveBeenCalledTimes(1)
    })
  })

  describe('given no login configured', () => {
    it('should still offer a Sign in button', () => {
      render(<UnauthorizedPage error={unauthorized()} reset={vi.fn()} />)
      expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument()
      expect(screen.getByText('Error code 401')).toBeInTheDocument()
    })
  })
})

const account = { signedIn: false }
function Account() {
  if (!account.signedIn) throw { status: 401 }
  return <p>Your account</p>
}

describe('UnauthorizedPage inside a StatusBoundary', () => {
  describe("given the provider's login.onLogin", () => {
    it('should await one sign-in at a time, then reset the boundary so the child renders again', async () => {
      account.signedIn = false
      let finish = () => {}
      const onLogin = vi.fn(
        () =>
          new Promise<void>((resolve) => {
            finish = () => {
              account.signedIn = true
              resolve()
            }
          }),
      )
      const onReset = vi.fn()
      render(
        <StrictMode>
          <StatusKitProvider login={{ onLogin }}>
            <StatusBoundary onReset={onReset}>
              <Account />
            </StatusBoundary>
          </StatusKitProvider>
        </StrictMode>,
        { onCaughtError: () => {} },
      )
      const signIn = screen.getByRole('button', { name: 'Sign in' })
      act(() => signIn.click())
      act(() => signIn.click())
      expect(onLogin).toHaveBeenCalledTimes(1)
      expect(screen.getByText('Signing in…')).toBeInTheDocument()
      expect(onReset).not.toHaveBeenCalled()
      await act(async () => finish())
      expect(screen.getByText('Your account')).toBeInTheDocument()
      expect(onReset).toHaveBeenCalledTimes(1)
    })
  })

  describe("given the provider's login.href", () => {
    it('should link to the login page with the current address as a same-origin returnTo', () => {
      window.history.replaceState(null, '', '/billing/invoices?year=2026#march')
      account.signedIn = false
      render(
        <StatusKitProvider login={{ href: 'https://login.example.com/start' }}>
          <StatusBoundary>
            <Account />
          </StatusBoundary>
        </StatusKitProvider>,
        { onCaughtError: () => {} },
      )
      const href = screen.getByRole('link', { name: 'Sign in' }).getAttribute('href') ?? ''
      const url = new URL(href)
      expect(url.origin).toBe('https://login.example.com')
      expect(url.searchParams.get('returnTo')).toBe('/billing/invoices?year=2026#march')
    })
  })
})
