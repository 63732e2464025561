import { StatusError } from '@statuskit/core'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { type ReactNode, StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { StatusBoundary } from '../boundary/StatusBoundary'
import type { LinkComponentProps } from '../context/LinkComponent'
import { useStatusKit } from '../context/useStatusKit'
import { en } from '../i18n/en'
import * as publicEntry from '../index'
import { NotFoundPage } from '../pages/NotFoundPage'
import { UnauthorizedPage } from '../pages/UnauthorizedPage'
import { StatusKitProvider } from './StatusKitProvider'

const quiet = { onCaughtError: () => {} }

function Thrower({ error }: { error: unknown }): ReactNode {
  throw error
}

function Inline({ queryFn }: { queryFn: () => Promise<string> }) {
  const { data, error } = useQuery({ queryKey: ['inline'], queryFn, retry: false })
  return <p>{data ?? (error ? 'failed' : 'loading')}</p>
}

let attempts = 0
function AlwaysFailing(): ReactNode {
  attempts += 1
  throw new StatusError({ kind: 'http', status: 500, requestId: `attempt-${attempts}` })
}

function ReadConfig({ into }: { into: unknown[] }) {
  into.push(useStatusKit())
  return null
}

function ShowConfig() {
  const { locale, messages, login } = useStatusKit()
  return (
    <p>
      {locale ?? 'no locale'} / {messages.notFound.title} / {messages.common.tryAgain} /{' '}
      {login && 'href' in login ? login.href : 'no login'}
    </p>
  )
}

/** A router's link, as an app would pass it: it prefixes a base path and records what the kit asked for. */
const linksSeen: string[] = []
function AppLink({ href, className, children }: LinkComponentProps) {
  linksSeen.push(href)
  return (
    <a href={`/base${href}`} className={className} data-router-link="">
      {children}
    </a>
  )
}

describe('StatusKitProvider', () => {
  describe('given no provider', () => {
    it('should return English, no locale and the root as home from useStatusKit', () => {
      const seen: unknown[] = []
      render(<ReadConfig into={seen} />)
      expect(seen.at(-1)).toEqual({ locale: undefined, messages: en, homeHref: '/' })
    })

    it('should give English messages and no locale', () => {
      render(<ShowConfig />)
      expect(screen.getByText('no locale / Page not found / Try again / no login')).toBeInTheDocument()
    })

    it('should render the built-in page in English when no fallback covers the error', () => {
      render(
        <StatusBoundary>
          <Thrower error={{ status: 404 }} />
        </StatusBoundary>,
        quiet,
      )
      expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
      expect(document.querySelector('[data-status="404"]')).not.toBeNull()
    })
  })

  describe('given overrides of some strings', () => {
    it('should merge them over English, string by string', () => {
      render(
        <StatusKitProvider
          locale="en-GB"
          messages={{ notFound: { title: 'Nothing here' } }}
          login={{ href: '/sign-in' }}
        >
          <ShowConfig />
        </StatusKitProvider>,
      )
      expect(screen.getByText('en-GB / Nothing here / Try again / /sign-in')).toBeInTheDocument()
    })

    it('should reach the built-in pages the boundary renders', () => {
      render(
        <StatusKitProvider messages={{ notFound: { title: 'Nothing here', reason: 'It has gone.' } }}>
          <StatusBoundary>
            <Thrower error={{ status: 404 }} />
          </StatusBoundary>
          <StatusBoundary headingLevel={2}>
            <Thrower error={{ status: 404 }} />
          </StatusBoundary>
        </StatusKitProvider>,
        quiet,
      )
      expect(screen.getByRole('heading', { level: 1, name: 'Nothing here' })).toBeInTheDocument()
      expect(screen.getByRole('heading', { level: 2, name: en.common.partTitle })).toBeInTheDocument()
      expect(screen.getByText('It has gone.')).toBeInTheDocument()
    })
  })

  describe('given a homeHref and a link component', () => {
    it("should render the home link and the sign-in link through the app's component, with the app's targets", () => {
      linksSeen.length = 0
      render(
        <StatusKitProvider homeHref="/dashboard" linkComponent={AppLink} login={{ href: '/login' }}>
          <NotFoundPage error={new StatusError({ kind: 'http', status: 404 })} reset={vi.fn()} />
          <UnauthorizedPage
            error={new StatusError({ kind: 'http', status: 401 })}
            reset={vi.fn()}
            headingLevel={2}
          />
        </StatusKitProvider>,
      )
      const home = screen.getByRole('link', { name: 'Go to the home page' })
      expect(home).toHaveAttribute('href', '/base/dashboard')
      expect(home).toHaveAttribute('data-router-link')
      expect(home).toHaveClass('sk-button')
      const signIn = screen.getByRole('link', { name: 'Sign in' })
      expect(signIn).toHaveAttribute('data-router-link')
      expect(signIn.getAttribute('href')).toMatch(/^\/base\/login\?returnTo=/)
      expect(linksSeen).toContain('/dashboard')
    })

    it('should link home to / with a plain anchor without them', () => {
      render(<NotFoundPage error={new StatusError({ kind: 'http', status: 404 })} reset={vi.fn()} />)
      const home = screen.getByRole('link', { name: 'Go to the home page' })
      expect(home).toHaveAttribute('href', '/')
      expect(home).not.toHaveAttribute('data-router-link')
    })
  })

  describe('given telemetry', () => {
    it('should report the same thrown value once, even when two boundaries show it', () => {
      const onError = vi.fn()
      const shared = new StatusError({ kind: 'http', status: 502 })
      render(
        <StatusKitProvider onError={onError}>
          <StatusBoundary fallback={<p>one</p>}>
            <Thrower error={shared} />
          </StatusBoundary>
          <StatusBoundary fallback={<p>two</p>}>
            <Thrower error={shared} />
          </StatusBoundary>
          <StatusBoundary fallback={<p>three</p>}>
            <Thrower error={new TypeError('Failed to fetch')} />
          </StatusBoundary>
        </StatusKitProvider>,
        quiet,
      )
      expect(onError).toHaveBeenCalledTimes(2)
      expect(onError.mock.calls.map(([error]) => (error as StatusError).kind)).toEqual(['http', 'network'])
    })

    it('should report only what the report predicate accepts', () => {
      const onError = vi.fn()
      render(
        <StatusKitProvider onError={onError} report={(error) => error.status === 429}>
          <StatusBoundary fallback={<p>a</p>}>
            <Thrower error={{ status: 429 }} />
          </StatusBoundary>
          <StatusBoundary fallback={<p>b</p>}>
            <Thrower error={{ status: 500 }} />
          </StatusBoundary>
        </StatusKitProvider>,
        quiet,
      )
      expect(onError).toHaveBeenCalledTimes(1)
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ status: 429 })
    })
  })

  describe('given a provider inside a QueryClientProvider', () => {
    it('should report a failed background refetch once, though no boundary shows it, and not a 404', async () => {
      const onError = vi.fn()
      const client = new QueryClient()
      const answers: Array<() => Promise<string>> = [
        async () => 'first',
        async () => {
          throw new StatusError({ kind: 'http', status: 502 })
        },
        async () => {
          throw new StatusError({ kind: 'http', status: 404 })
        },
      ]
      let call = 0
      const queryFn = () => {
        const answer = answers[Math.min(call, answers.length - 1)]
        call += 1
        return answer ? answer() : Promise.resolve('none')
      }
      render(
        <QueryClientProvider client={client}>
          <StatusKitProvider onError={onError}>
            <Inline queryFn={queryFn} />
          </StatusKitProvider>
        </QueryClientProvider>,
      )
      expect(await screen.findByText('first')).toBeInTheDocument()
      for (let refetch = 0; refetch < 2; refetch += 1) {
        await act(async () => {
          await client.refetchQueries()
          await new Promise((resolve) => setTimeout(resolve, 10))
        })
      }
      expect(onError).toHaveBeenCalledTimes(1)
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ status: 502 }), {
        source: 'query',
        queryKey: ['inline'],
      })
      client.clear()
    })
  })
})

describe('StatusKitProvider, as the public entry exports it', () => {
  describe('given StrictMode and a failure that happens again after "Try again"', () => {
    it('should report each distinct failure once', () => {
      attempts = 0
      const onError = vi.fn()
      render(
        <StrictMode>
          <publicEntry.StatusKitProvider onError={onError}>
            <publicEntry.StatusBoundary>
              <AlwaysFailing />
            </publicEntry.StatusBoundary>
          </publicEntry.StatusKitProvider>
        </StrictMode>,
        quiet,
      )
      expect(onError).toHaveBeenCalledTimes(1)
      act(() => screen.getByRole('button', { name: 'Try again' }).click())
      expect(onError).toHaveBeenCalledTimes(2)
      expect(onError.mock.calls.map(([error]) => (error as StatusError).status)).toEqual([500, 500])
      expect(new Set(onError.mock.calls.map(([error]) => error)).size).toBe(2)
    })
  })

  describe('given overrides, a locale and app-wide fallbacks', () => {
    it("should use the overrides string by string and the provider's fallbacks below a bare boundary", () => {
      render(
        <publicEntry.StatusKitProvider
          locale="de-DE"
          messages={{ common: { tryAgain: 'Nochmal' } }}
          fallbacks={{ 404: () => <p>app-wide not found</p> }}
        >
          <publicEntry.StatusBoundary>
            <Thrower error={{ status: 404 }} />
          </publicEntry.StatusBoundary>
          <publicEntry.StatusBoundary headingLevel={2}>
            <Thrower error={{ status: 500 }} />
          </publicEntry.StatusBoundary>
        </publicEntry.StatusKitProvider>,
        quiet,
      )
      expect(screen.getByText('app-wide not found')).toBeInTheDocument()
      expect(screen.getByRole('button', { name: 'Nochmal' })).toBeInTheDocument()
      expect(screen.getByRole('heading', { level: 2, name: en.common.partTitle })).toBeInTheDocument()
      expect(screen.getByText(en.serverError.reason)).toBeInTheDocument()
    })
  })
})
